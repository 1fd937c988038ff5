package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** cdk-nag's AwsSolutions pack runs as an aspect at every synth; any finding not suppressed with a reason fails. */
class NagComplianceTest {

    static Stream<Arguments> stacksOfEveryVariant() {
        return Stream.of(
                        Arguments.of("defaults", SynthesizedPlatform.defaults()),
                        Arguments.of("all options", SynthesizedPlatform.allOptions()))
                .flatMap(variant -> ((SynthesizedPlatform) variant.get()[1]).stacks().stream()
                        .map(stack -> Arguments.of(variant.get()[0] + " " + stack.getStackName(), variant.get()[1],
                                stack)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacksOfEveryVariant")
    void awsSolutionsPackReportsNoUnsuppressedError(String name, SynthesizedPlatform platform, Stack stack) {
        List<SynthesisMessage> errors = platform.annotations(stack)
                .findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        assertThat(errors).extracting(m -> m.getId() + " " + m.getEntry().getData()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacksOfEveryVariant")
    void awsSolutionsPackReportsNoUnsuppressedWarning(String name, SynthesizedPlatform platform, Stack stack) {
        List<SynthesisMessage> warnings = platform.annotations(stack)
                .findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        assertThat(warnings).extracting(m -> m.getId() + " " + m.getEntry().getData()).isEmpty();
    }
}
