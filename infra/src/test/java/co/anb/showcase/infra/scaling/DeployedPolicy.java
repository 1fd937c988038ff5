package co.anb.showcase.infra.scaling;

/** The chosen policy's figures, for the CDK tests to check that the deployed policy is the modelled one. */
public final class DeployedPolicy {

    private DeployedPolicy() {
    }

    public static double target() {
        return Policies.CHOSEN_TARGET;
    }

    public static double scaleInBelow() {
        return Policies.CHOSEN_SCALE_IN_BELOW;
    }

    public static int scaleInPeriods() {
        return Policies.CHOSEN_SCALE_IN_PERIODS;
    }

    public static int scaleInPercent() {
        return Policies.CHOSEN_SCALE_IN_PERCENT;
    }

    public static int scaleInCooldownMinutes() {
        return Policies.CHOSEN_SCALE_IN_COOLDOWN_MINUTES;
    }
}
