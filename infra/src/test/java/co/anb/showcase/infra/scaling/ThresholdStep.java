package co.anb.showcase.infra.scaling;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * An alarm on a metric and a fixed change when it fires, re-invoked every minute it stays in alarm (what
 * CloudWatch does for Auto Scaling actions), at most once per {@code cooldownMinutes}. The change is an absolute
 * number of instances or, when {@code percent} is set, a share of the desired capacity (at least one instance).
 */
final class ThresholdStep {

    private final ToDoubleFunction<MetricSample> metric;
    private final boolean above;
    private final double threshold;
    private final int periods;
    private final int change;
    private final boolean percent;
    private final int cooldownMinutes;
    private int lastAction = Integer.MIN_VALUE / 2;

    ThresholdStep(ToDoubleFunction<MetricSample> metric, boolean above, double threshold, int periods, int change,
                  boolean percent, int cooldownMinutes) {
        this.metric = metric;
        this.above = above;
        this.threshold = threshold;
        this.periods = periods;
        this.change = change;
        this.percent = percent;
        this.cooldownMinutes = cooldownMinutes;
    }

    /** The new desired capacity if the alarm fires now and the cooldown allows, else the current one. */
    int apply(List<MetricSample> published, GroupView group) {
        boolean breached = ScalingPolicy.lastAll(published, periods, s -> above
                ? metric.applyAsDouble(s) > threshold : metric.applyAsDouble(s) < threshold);
        if (!breached || group.minute() - lastAction < cooldownMinutes) {
            return group.desired();
        }
        int delta = percent
                ? (int) Math.signum(change) * Math.max(1, (int) Math.floor(Math.abs(change) * group.desired() / 100.0))
                : change;
        int next = group.clamp(group.desired() + delta);
        if (next != group.desired()) {
            lastAction = group.minute();
        }
        return next;
    }
}
