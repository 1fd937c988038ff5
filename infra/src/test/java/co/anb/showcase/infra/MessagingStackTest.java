package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class MessagingStackTest {

    private static final int FOURTEEN_DAYS = 14 * 24 * 3600;

    private final Template messaging = SynthesizedPlatform.defaults().messaging();

    @Test
    void failedJobsMoveToTheDeadLetterQueueAfterThreeReceives() {
        Capture target = new Capture();
        messaging.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "RedrivePolicy", Map.of("deadLetterTargetArn", target, "maxReceiveCount", 3)));
        assertThat(Cfn.json(target.asObject())).contains("JobDeadLetterQueue").contains("Arn");
    }

    @Test
    void jobQueueLongPollsAndHidesAJobForTwiceTheWorstJobTime() {
        Map<String, Object> queue = Cfn.onlyProperties(messaging, "AWS::SQS::Queue", "JobQueue");
        assertThat(queue).containsEntry("ReceiveMessageWaitTimeSeconds", 20)
                .containsEntry("MessageRetentionPeriod", FOURTEEN_DAYS);
        assertThat((Integer) queue.get("VisibilityTimeout")).isGreaterThanOrEqualTo(2 * 450);
    }

    @Test
    void deadLetterQueueKeepsMessagesFourteenDays() {
        assertThat(Cfn.onlyProperties(messaging, "AWS::SQS::Queue", "JobDeadLetterQueue"))
                .containsEntry("MessageRetentionPeriod", FOURTEEN_DAYS);
    }

    @Test
    void bothQueuesAreEncryptedAndRefuseRequestsWithoutTls() {
        assertThat(Cfn.properties(messaging, "AWS::SQS::Queue").values())
                .hasSize(2)
                .allSatisfy(queue -> assertThat(queue).containsEntry("SqsManagedSseEnabled", true));
        assertThat(Cfn.properties(messaging, "AWS::SQS::QueuePolicy").values())
                .hasSize(2)
                .allSatisfy(policy -> assertThat(Cfn.json(policy)).contains("\"aws:SecureTransport\":\"false\""));
        messaging.hasResourceProperties("AWS::SQS::QueuePolicy", Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Effect", "Deny"))))))); 
    }
}
