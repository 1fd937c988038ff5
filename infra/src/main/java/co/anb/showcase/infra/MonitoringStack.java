package co.anb.showcase.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/** Dashboard, alarms and the topic they notify (email by context parameter {@code alarmEmail}). */
final class MonitoringStack extends Stack {

    private final Topic topic;
    private final OpsAlarms alarms;

    MonitoringStack(Construct scope, String id, StackProps props, InfraSettings settings, DataStack data,
                    MessagingStack messaging, ServicesStack services) {
        super(scope, id, props);
        // A key of our own: CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key.
        Key key = Key.Builder.create(this, "AlarmTopicKey")
                .description("Encrypts the ANB alarm topic")
                .enableKeyRotation(true)
                .pendingWindow(Duration.days(7))
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        key.grant(new ServicePrincipal("cloudwatch.amazonaws.com"), "kms:Decrypt", "kms:GenerateDataKey*");
        topic = Topic.Builder.create(this, "AlarmTopic")
                .displayName("ANB alarms")
                .masterKey(key)
                .enforceSsl(true)
                .build();
        if (settings.alarmEmail() != null) {
            topic.addSubscription(new EmailSubscription(settings.alarmEmail()));
        }
        OpsMetrics metrics = new OpsMetrics(messaging, services, data.database().instance());
        alarms = new OpsAlarms(this, "Alarms", metrics, topic, settings);
        new OpsDashboard(this, "Dashboard", metrics, alarms.all());
    }

    ITopic topic() {
        return topic;
    }

    List<Alarm> alarms() {
        return alarms.all();
    }
}
