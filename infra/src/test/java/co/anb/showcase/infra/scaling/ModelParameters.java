package co.anb.showcase.infra.scaling;

/**
 * The measured figures the model runs on (docs/capacity.md, section 4, and the boot of an instance).
 *
 * @param serviceSeconds     mean time of one video on one 2-vCPU worker running one job at a time
 * @param serviceSpread      each job takes {@code serviceSeconds × (1 ± spread)}, uniformly
 * @param bootMinSeconds     launch to taking jobs, fastest (instance start, dnf, jar, JVM start)
 * @param bootMaxSeconds     and slowest
 * @param metricLagMinutes   how late a minute's datapoint reaches the policy
 * @param minCapacity        group minimum
 * @param maxCapacity        group maximum
 * @param seed               one seed for arrivals, service and boot times, so every policy meets the same run
 */
record ModelParameters(double serviceSeconds, double serviceSpread, double bootMinSeconds, double bootMaxSeconds,
                       int metricLagMinutes, int minCapacity, int maxCapacity, long seed) {

    static ModelParameters measured() {
        return new ModelParameters(13.5, 0.15, 90, 180, 1, 1, 30, 20261123L);
    }
}
