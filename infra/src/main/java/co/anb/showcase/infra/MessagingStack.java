package co.anb.showcase.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/** The processing queue, declared next to its dead-letter queue, and outgoing mail (SES). */
final class MessagingStack extends Stack {

    static final int MAX_RECEIVE_COUNT = 3;
    static final Duration LONG_POLL = Duration.seconds(20);
    // A standard queue keeps a message's original enqueue time in the DLQ, so the DLQ must keep at least as long.
    static final Duration RETENTION = Duration.days(14);

    private final Queue jobs;
    private final Queue deadLetters;
    private final MailSending mail;

    MessagingStack(Construct scope, String id, StackProps props, InfraSettings settings) {
        super(scope, id, props);
        deadLetters = Queue.Builder.create(this, "JobDeadLetterQueue")
                .retentionPeriod(RETENTION)
                .receiveMessageWaitTime(LONG_POLL)
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .build();
        jobs = Queue.Builder.create(this, "JobQueue")
                .visibilityTimeout(Duration.seconds(settings.jobVisibilitySeconds()))
                .receiveMessageWaitTime(LONG_POLL)
                .retentionPeriod(RETENTION)
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(MAX_RECEIVE_COUNT).build())
                .build();
        mail = new MailSending(this, "Mail", settings);
        CfnOutput.Builder.create(this, "JobQueueUrl").value(jobs.getQueueUrl()).build();
        CfnOutput.Builder.create(this, "DeadLetterQueueUrl").value(deadLetters.getQueueUrl()).build();
    }

    IQueue jobs() {
        return jobs;
    }

    IQueue deadLetters() {
        return deadLetters;
    }

    MailSending mail() {
        return mail;
    }
}
