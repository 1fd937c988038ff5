package co.anb.showcase.infra.scaling;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * EC2 Auto Scaling target tracking as documented: a high alarm (3 of 3 one-minute datapoints above the target) and a
 * low alarm (15 of 15 below 90 % of it); either re-invokes the policy every minute it stays in alarm. The new
 * capacity is proportional, {@code ceil(in service × metric / target)}. Scale-in waits while instances warm up and
 * for the scale-in cooldown; it can be disabled ({@code DisableScaleIn}).
 */
final class TargetTracking implements ScalingPolicy {

    static final int HIGH_PERIODS = 3;
    static final int LOW_PERIODS = 15;
    static final int SCALE_IN_COOLDOWN_MINUTES = 5;

    private final String name;
    private final ToDoubleFunction<MetricSample> metric;
    private final double target;
    private final boolean scaleIn;
    private int lastScaleIn = Integer.MIN_VALUE / 2;

    TargetTracking(String name, ToDoubleFunction<MetricSample> metric, double target, boolean scaleIn) {
        this.name = name;
        this.metric = metric;
        this.target = target;
        this.scaleIn = scaleIn;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int desired(List<MetricSample> published, GroupView group) {
        if (ScalingPolicy.lastAll(published, HIGH_PERIODS, s -> metric.applyAsDouble(s) > target)) {
            return Math.max(group.desired(), group.clamp(proportional(published, group)));
        }
        boolean low = ScalingPolicy.lastAll(published, LOW_PERIODS, s -> metric.applyAsDouble(s) < 0.9 * target);
        if (scaleIn && low && group.booting() == 0 && group.minute() - lastScaleIn >= SCALE_IN_COOLDOWN_MINUTES) {
            int lower = group.clamp(proportional(published, group));
            if (lower < group.desired()) {
                lastScaleIn = group.minute();
                return lower;
            }
        }
        return group.desired();
    }

    private int proportional(List<MetricSample> published, GroupView group) {
        MetricSample latest = ScalingPolicy.latest(published);
        return (int) Math.ceil(Math.max(1, latest.inService()) * metric.applyAsDouble(latest) / target);
    }
}
