package co.anb.showcase.infra.scaling;

import java.util.List;

/**
 * A worker-group policy, invoked once a minute with the datapoints CloudWatch has published so far (newest last).
 * Returns the new desired capacity, or the current one to do nothing.
 */
interface ScalingPolicy {

    String name();

    int desired(List<MetricSample> published, GroupView group);

    /** True when the last {@code periods} datapoints all satisfy the condition: a CloudWatch alarm "N out of N". */
    static boolean lastAll(List<MetricSample> published, int periods, java.util.function.Predicate<MetricSample> test) {
        if (published.size() < periods) {
            return false;
        }
        return published.subList(published.size() - periods, published.size()).stream().allMatch(test);
    }

    static MetricSample latest(List<MetricSample> published) {
        return published.get(published.size() - 1);
    }
}
