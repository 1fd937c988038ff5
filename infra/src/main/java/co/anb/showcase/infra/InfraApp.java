package co.anb.showcase.infra;

import java.util.HashMap;
import java.util.Map;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

/** Entry point of {@code cdk synth|deploy} (see infra/cdk.json and docs/deploy-aws.md). */
public final class InfraApp {

    /**
     * Behaviour switches this code relies on. Set here rather than in cdk.json so tests synthesize exactly what a
     * deploy does; the CLI's own context still overrides them.
     */
    static final Map<String, Object> FEATURE_FLAGS = Map.of(
            // S3 access logs and VPC flow logs are allowed by bucket policy, not by ACLs (which are disabled).
            "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true,
            "@aws-cdk/aws-s3:createDefaultLoggingPolicy", true);

    private InfraApp() {
    }

    public static void main(String[] args) {
        App app = newApp(Map.of(), null);
        Platform.build(app);
        app.synth();
    }

    /** An app with the feature flags, extra context (as {@code -c key=value} would give) and an optional outdir. */
    static App newApp(Map<String, Object> context, String outdir) {
        Map<String, Object> merged = new HashMap<>(FEATURE_FLAGS);
        merged.putAll(context);
        AppProps.Builder props = AppProps.builder().context(merged);
        if (outdir != null) {
            props.outdir(outdir);
        }
        return new App(props.build());
    }
}
