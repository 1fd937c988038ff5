package co.anb.showcase.infra.scaling;

/**
 * What one policy did under one workload.
 *
 * @param reversals              scale events whose direction is the opposite of the previous one
 * @param reversalsAfterSettling the same, counting only events after the first hour (start-up from the minimum)
 */
record RunResult(String policy, String workload, int uploads, double p50Seconds, double p95Seconds,
                 double maxSeconds, double instanceHours, int scaleEvents, int reversals, int reversalsAfterSettling,
                 int largestGroup) {
}
