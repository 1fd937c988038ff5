package co.anb.showcase.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Template;

/**
 * Synthesizing costs seconds of Node time, so each variant of the platform is built once per test JVM and shared by
 * every test class. The default variant is written to {@code infra/target/cdk.out} for reviewers to read.
 */
final class SynthesizedPlatform {

    static final String ACCOUNT = "123456789012";
    static final String REGION = "us-east-1";
    static final List<String> ZONES = List.of("us-east-1a", "us-east-1b", "us-east-1c");
    static final String ARTIFACTS_BUCKET = "anb-artifacts-example";
    static final String APP_VERSION = "0.1.0";
    /** The defaults have no domain, so the sender is an address identity; all options send from the site's domain. */
    static final String MAIL_FROM = "concurso@example.org";
    static final String CERTIFICATE_ARN = "arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000";
    static final String AMI_X86_64 = "ami-0123456789abcdef0";
    static final String AMI_ARM64 = "ami-0fedcba9876543210";
    static final Path OUT = Path.of("target", "cdk.out").toAbsolutePath();

    private static final Map<String, SynthesizedPlatform> CACHE = new ConcurrentHashMap<>();

    private final Platform platform;
    private final Map<Stack, Template> templates = new ConcurrentHashMap<>();
    private final Map<Stack, Annotations> annotations = new ConcurrentHashMap<>();

    private SynthesizedPlatform(Map<String, Object> context, Path outdir) {
        Map<String, Object> all = new HashMap<>(Map.of(
                "account", ACCOUNT,
                "region", REGION,
                "artifactsBucket", ARTIFACTS_BUCKET,
                "appVersion", APP_VERSION,
                // What `cdk deploy` looks up and caches in cdk.context.json; given here to stay offline.
                "availability-zones:account=" + ACCOUNT + ":region=" + REGION, ZONES,
                // The pinned images, as the first `cdk synth` looks them up and keeps them in cdk.context.json.
                imageLookup("x86_64"), AMI_X86_64,
                imageLookup("arm64"), AMI_ARM64));
        all.putAll(context);
        App app = InfraApp.newApp(all, outdir.toString());
        platform = Platform.build(app);
        app.synth();
    }

    private static String imageLookup(String architecture) {
        return "ssm:account=" + ACCOUNT + ":parameterName=/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-"
                + architecture + ":region=" + REGION;
    }

    /**
     * Defaults only, plus the sender address (required without a domain): 2 zones, CloudFront's HTTPS in front,
     * x86-64, IAM made by the stacks. In target/cdk.out.
     */
    static SynthesizedPlatform defaults() {
        return CACHE.computeIfAbsent("defaults", key -> new SynthesizedPlatform(Map.of("mailFrom", MAIL_FROM), OUT));
    }

    /**
     * Every optional parameter set at once: 3 zones, HTTPS on the ALB with a domain, Graviton (arm64), an alarm
     * email and AWS Academy's LabRole instead of created IAM, deployed without a bootstrap stack. Written to target/cdk.out-all-options.
     */
    static SynthesizedPlatform allOptions() {
        return CACHE.computeIfAbsent("all-options", key -> new SynthesizedPlatform(Map.of(
                "azCount", "3",
                "certificateArn", CERTIFICATE_ARN,
                "alarmEmail", "alerts@example.com",
                "domainName", "concurso.example.com",
                "architecture", "arm64",
                "existingInstanceRoleName", "LabRole",
                "existingInstanceProfileName", "LabInstanceProfile",
                "bootstrapless", "true"),
                Path.of("target", "cdk.out-all-options").toAbsolutePath()));
    }

    Platform platform() {
        return platform;
    }

    List<Stack> stacks() {
        return List.of(platform.network(), platform.data(), platform.messaging(), platform.services(),
                platform.monitoring());
    }

    Template template(Stack stack) {
        return templates.computeIfAbsent(stack, Template::fromStack);
    }

    Annotations annotations(Stack stack) {
        return annotations.computeIfAbsent(stack, Annotations::fromStack);
    }

    Template network() {
        return template(platform.network());
    }

    Template data() {
        return template(platform.data());
    }

    Template messaging() {
        return template(platform.messaging());
    }

    Template services() {
        return template(platform.services());
    }

    Template monitoring() {
        return template(platform.monitoring());
    }
}
