package co.anb.showcase.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.LegacyStackSynthesizer;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

/**
 * The whole platform as one CDK app, split into stacks by lifecycle: network and data live for years, messaging
 * rarely changes, services change with every release, monitoring follows services. {@code cdk deploy --all} deploys
 * them in dependency order.
 */
record Platform(NetworkStack network, DataStack data, MessagingStack messaging, ServicesStack services,
                MonitoringStack monitoring) {

    static Platform build(App app) {
        InfraSettings settings = InfraSettings.from(app.getNode());
        StackProps props = StackProps.builder()
                // A concrete environment: real AZ names (3 of them when asked), and ALB access logs need the region.
                .env(Environment.builder().account(settings.account()).region(settings.region()).build())
                .synthesizer(settings.bootstrapless() ? new LegacyStackSynthesizer() : null)
                .build();
        NetworkStack network = new NetworkStack(app, "AnbNetwork", props, settings);
        DataStack data = new DataStack(app, "AnbData", props, settings, network);
        MessagingStack messaging = new MessagingStack(app, "AnbMessaging", props, settings);
        ServicesStack services = new ServicesStack(app, "AnbServices", props, settings, network, data, messaging);
        MonitoringStack monitoring = new MonitoringStack(app, "AnbMonitoring", props, settings, data, messaging,
                services);

        Tags.of(app).add("project", "anb-rising-stars-showcase");
        // Checked at every synth, in tests and before every deploy; an unsuppressed error fails the tests.
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return new Platform(network, data, messaging, services, monitoring);
    }
}
