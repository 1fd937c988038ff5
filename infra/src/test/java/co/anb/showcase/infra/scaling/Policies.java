package co.anb.showcase.infra.scaling;

import java.util.List;
import java.util.function.Supplier;

/** The policies the model compares. Each call makes a fresh policy, since policies remember their last action. */
final class Policies {

    /** Scale-out target of the chosen policy: jobs (waiting + in progress) per in-service worker. */
    static final double CHOSEN_TARGET = 3;
    /** The chosen scale-in: below this backlog per worker for {@link #CHOSEN_SCALE_IN_PERIODS} minutes, −20 %. */
    static final double CHOSEN_SCALE_IN_BELOW = 0.6;
    static final int CHOSEN_SCALE_IN_PERIODS = 10;
    static final int CHOSEN_SCALE_IN_PERCENT = 20;
    static final int CHOSEN_SCALE_IN_COOLDOWN_MINUTES = 5;

    private Policies() {
    }

    /** Before this change: target tracking at 4 jobs per in-service worker, scale-in enabled. */
    static ScalingPolicy today() {
        return new TargetTracking("today: backlog/worker target 4", MetricSample::backlogPerInstance, 4, true);
    }

    /** A seed's policy: target tracking on the raw queue depth (visible messages), target 10. */
    static ScalingPolicy seedDepthTarget() {
        return new TargetTracking("seed: depth target 10", s -> s.visible(), 10, true);
    }

    /** The other seed's: +1 instance when more than 20 wait (2 of 2 min), −1 below 5 (5 of 5), 5 min apart. */
    static ScalingPolicy seedDepthSteps() {
        ThresholdStep out = new ThresholdStep(s -> s.visible(), true, 20, 2, 1, false, 5);
        ThresholdStep in = new ThresholdStep(s -> s.visible(), false, 5, 5, -1, false, 5);
        return combined("seed: steps >20 / <5", out::apply, in::apply);
    }

    /**
     * The chosen one: target tracking at {@link #CHOSEN_TARGET} with scale-in disabled, so it only ever adds;
     * a separate slow scale-in removes 20 % when the group has been at most 60 % busy (and nothing waits) for
     * 10 minutes, at most every 5 minutes (a simple-scaling policy: step policies have no cooldown, and without
     * one the model shows the scale-in reversing at 8/min).
     */
    static ScalingPolicy chosen() {
        TargetTracking out = new TargetTracking("out", MetricSample::backlogPerInstance, CHOSEN_TARGET, false);
        ThresholdStep in = new ThresholdStep(MetricSample::backlogPerInstance, false, CHOSEN_SCALE_IN_BELOW,
                CHOSEN_SCALE_IN_PERIODS, -CHOSEN_SCALE_IN_PERCENT, true, CHOSEN_SCALE_IN_COOLDOWN_MINUTES);
        return combined("new: target 3 out only, slow in", out::desired, in::apply);
    }

    static List<Supplier<ScalingPolicy>> all() {
        return List.of(Policies::today, Policies::seedDepthTarget, Policies::seedDepthSteps, Policies::chosen);
    }

    /** Scale-out first; the scale-in part is asked only when scale-out would change nothing. */
    private static ScalingPolicy combined(String name, Rule out, Rule in) {
        return new ScalingPolicy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int desired(List<MetricSample> published, GroupView group) {
                int afterOut = out.desired(published, group);
                return afterOut != group.desired() ? afterOut : in.desired(published, group);
            }
        };
    }

    @FunctionalInterface
    private interface Rule {
        int desired(List<MetricSample> published, GroupView group);
    }
}
