package co.anb.showcase.infra.scaling;

/**
 * One minute's CloudWatch datapoint as the scaling policies see it: SQS's approximate counts and the group's
 * in-service instances, sampled at the end of the minute.
 */
record MetricSample(int minute, int visible, int inFlight, int inService, int sent) {

    /** The worker tier's scaling metric, {@code (visible + inflight) / inservice}; CloudWatch math gives no value
     *  for a zero divisor, taken here as the whole backlog (one instance's worth). */
    double backlogPerInstance() {
        return (visible + inFlight) / (double) Math.max(1, inService);
    }
}
