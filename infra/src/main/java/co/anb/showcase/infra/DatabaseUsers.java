package co.anb.showcase.infra;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * One database login per tier, each with its own generated secret ({@code {"username", "password"}}): the web tier
 * connects as {@value #API_USER}, the workers as {@value #WORKER_USER}; the master login only migrates. The roles and
 * their grants are created by the web tier at start (docs/deploy-aws.md, "Database roles"), with the master secret.
 */
final class DatabaseUsers extends Construct {

    static final String API_USER = "anb_api";
    static final String WORKER_USER = "anb_worker";

    private final Secret api;
    private final Secret worker;

    DatabaseUsers(Construct scope, String id) {
        super(scope, id);
        api = secret("ApiUser", API_USER);
        worker = secret("WorkerUser", WORKER_USER);
    }

    private Secret secret(String id, String username) {
        Secret secret = Secret.Builder.create(this, id)
                .description("ANB database login " + username)
                // Alphanumerics only: the password goes through psql variables and env files unescaped.
                .generateSecretString(SecretStringGenerator.builder()
                        .secretStringTemplate("{\"username\":\"" + username + "\"}")
                        .generateStringKey("password")
                        .passwordLength(40)
                        .excludePunctuation(true)
                        .build())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Nag.suppress(secret, "SMG4", "The app reads it at start; rotation needs the role's password changed and a "
                + "rolling restart (docs/deploy-aws.md).");
        return secret;
    }

    ISecret api() {
        return api;
    }

    ISecret worker() {
        return worker;
    }
}
