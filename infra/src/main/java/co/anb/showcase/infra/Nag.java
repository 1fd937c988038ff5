package co.anb.showcase.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.constructs.IConstruct;

/** Every cdk-nag suppression goes through here, so each one carries its rule id and a one-line reason. */
final class Nag {

    private Nag() {
    }

    static void suppress(IConstruct construct, String rule, String reason) {
        NagSuppressions.addResourceSuppressions(construct,
                List.of(NagPackSuppression.builder().id("AwsSolutions-" + rule).reason(reason).build()), true);
    }

    /** Suppresses only the findings whose "appliesTo" matches, e.g. one wildcard resource, not the whole rule. */
    static void suppress(IConstruct construct, String rule, String reason, List<?> appliesTo) {
        NagSuppressions.addResourceSuppressions(construct,
                List.of(NagPackSuppression.builder().id("AwsSolutions-" + rule).reason(reason)
                        .appliesTo(appliesTo).build()), true);
    }
}
