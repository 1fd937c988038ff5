package co.anb.showcase.queue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** The SQS calls of one consumer, on one queue, with the SDK client the app already has. */
final class SqsMessages {

    private static final Logger log = LoggerFactory.getLogger(SqsMessages.class);

    private final SqsClient sqs;
    private final String queueUrl;

    SqsMessages(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    String queueUrl() {
        return queueUrl;
    }

    /**
     * Long-polls for one message.
     *
     * @throws SdkException when the queue cannot be reached
     */
    Optional<Message> receiveOne(Duration wait) {
        List<Message> messages = sqs.receiveMessage(request -> request.queueUrl(queueUrl)
                        .maxNumberOfMessages(1)
                        .waitTimeSeconds((int) wait.toSeconds())
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                .messages();
        return messages.stream().findFirst();
    }

    void delete(Message message) {
        try {
            sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
        } catch (SdkException e) {
            // the message comes back after its visibility timeout, and its handler finds it already done
            log.warn("Could not delete message {}: {}", message.messageId(), e.getMessage());
        }
    }

    void setInvisibleFor(Message message, Duration invisibleFor) {
        try {
            sqs.changeMessageVisibility(request -> request.queueUrl(queueUrl)
                    .receiptHandle(message.receiptHandle())
                    .visibilityTimeout((int) invisibleFor.toSeconds()));
        } catch (SdkException e) {
            log.warn("Could not change the visibility of message {}: {}", message.messageId(), e.getMessage());
        }
    }

    /** How many times the queue has delivered the message, this time included; 1 if the queue did not say. */
    static int receiveCount(Message message) {
        String count = message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
        try {
            return count == null ? 1 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
