package co.anb.showcase.infra;

import software.amazon.awscdk.CfnCreationPolicy;
import software.amazon.awscdk.CfnResourceSignal;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.CfnAutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.RollingUpdateOptions;
import software.amazon.awscdk.services.autoscaling.UpdatePolicy;

/**
 * How both groups are created and released: CloudFormation counts an instance only when its user data signals that
 * the app is ready ({@code cfn-signal}, see {@link AppUserData}); a release (a new version, image or setting) adds one
 * new instance at a time before removing an old one, keeping the group's minimum in service, and rolls the whole
 * update back if a new instance does not signal within the timeout.
 */
final class ReleasePolicy {

    static final Duration SIGNAL_TIMEOUT = Duration.minutes(15);

    private ReleasePolicy() {
    }

    /**
     * The creation policy, set on the group's resource rather than through the CDK's {@code signals} (which also
     * adds cloudformation:SignalResource to the instance role and so fails with an existing instance profile);
     * the tiers' policies grant that permission themselves.
     */
    static void waitForSignals(AutoScalingGroup group, int minCapacity) {
        CfnAutoScalingGroup resource = (CfnAutoScalingGroup) group.getNode().getDefaultChild();
        resource.getCfnOptions().setCreationPolicy(CfnCreationPolicy.builder()
                .resourceSignal(CfnResourceSignal.builder()
                        .count(minCapacity)
                        .timeout("PT" + SIGNAL_TIMEOUT.toMinutes().intValue() + "M")
                        .build())
                .build());
    }

    /** The group's minimum stays in service; CloudFormation needs it below the maximum to have room to surge. */
    static UpdatePolicy rollingUpdate(int minCapacity, int maxCapacity) {
        return UpdatePolicy.rollingUpdate(RollingUpdateOptions.builder()
                .maxBatchSize(1)
                .minInstancesInService(Math.min(minCapacity, maxCapacity - 1))
                .waitOnResourceSignals(true)
                .pauseTime(SIGNAL_TIMEOUT)
                // The CDK's default also suspends scaling (alarm notifications) and health replacement meanwhile.
                .build());
    }
}
