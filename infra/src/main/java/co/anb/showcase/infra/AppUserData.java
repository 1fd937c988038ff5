package co.anb.showcase.infra;

import java.util.Map;
import java.util.stream.Collectors;

import software.amazon.awscdk.services.ec2.UserData;

/**
 * Boot script of an app instance (Amazon Linux 2023): installs Java and FFmpeg, fetches the release jar and runs it
 * under systemd as the unprivileged {@code anb} user. The environment file holds only names and ARNs; the start script
 * reads the database and JWT secrets from Secrets Manager each time the service starts, so no secret is ever in
 * user data, on disk or in a template.
 */
final class AppUserData {

    /**
     * What differs between the tiers and deployments; every value may be a CDK token. The environment holds names
     * and ARNs only (it must include DB_SECRET_ARN and JWT_SECRET_ARN, and for a draining worker WORKER_ASG_NAME and
     * WORKER_LIFECYCLE_HOOK_NAME).
     */
    record Spec(String role, String region, String artifactsBucket, String appJarKey, String ffmpegKey,
                Map<String, String> environment, boolean drainOnScaleIn) {
    }

    /** How long systemd lets the app finish or release its jobs after SIGTERM. */
    static final int STOP_TIMEOUT_SECONDS = 120;

    private static final String INSTALL = """
            set -euo pipefail
            export AWS_REGION=@REGION@ AWS_DEFAULT_REGION=@REGION@
            dnf install -y java-21-amazon-corretto-headless jq tar xz
            id anb >/dev/null 2>&1 || useradd --system --home-dir /opt/anb --shell /sbin/nologin anb
            install -d -o anb -g anb -m 750 /opt/anb /opt/anb/tmp
            # Amazon Linux 2023 has no ffmpeg package: a static build is uploaded next to the jar (docs/deploy-aws.md).
            aws s3 cp "s3://@BUCKET@/@FFMPEG_KEY@" /tmp/ffmpeg.tar.xz
            install -d /opt/ffmpeg
            tar -xJf /tmp/ffmpeg.tar.xz -C /opt/ffmpeg --strip-components=1
            ln -sf /opt/ffmpeg/ffmpeg /usr/local/bin/ffmpeg
            ln -sf /opt/ffmpeg/ffprobe /usr/local/bin/ffprobe
            rm -f /tmp/ffmpeg.tar.xz
            aws s3 cp "s3://@BUCKET@/@JAR_KEY@" /opt/anb/app.jar
            chown anb:anb /opt/anb/app.jar
            install -d -m 755 /etc/anb
            cat > /etc/anb/anb.env <<'ENV'
            @ENVIRONMENT@
            ENV
            """;

    /** Runs as the app user; the secrets are fetched at every start and live only in the JVM's environment. */
    private static final String START_SCRIPT = """
            cat > /opt/anb/start.sh <<'START'
            #!/bin/bash
            set -euo pipefail
            db=$(aws secretsmanager get-secret-value --secret-id "$DB_SECRET_ARN" --query SecretString --output text)
            field() { printf '%s' "$db" | jq -r ".$1"; }
            export SPRING_DATASOURCE_URL="jdbc:postgresql://$(field host):$(field port)/$(field dbname)"
            export SPRING_DATASOURCE_USERNAME="$(field username)"
            export SPRING_DATASOURCE_PASSWORD="$(field password)"
            export JWT_SECRET="$(aws secretsmanager get-secret-value --secret-id "$JWT_SECRET_ARN" --query SecretString --output text)"
            export VOTE_AUDIT_SECRET="$(aws secretsmanager get-secret-value --secret-id "$VOTE_AUDIT_SECRET_ARN" --query SecretString --output text)"
            unset db
            exec java $JAVA_OPTS -jar /opt/anb/app.jar
            START
            chmod 755 /opt/anb/start.sh
            """;

    private static final String SERVICE = """
            cat > /etc/systemd/system/anb.service <<'UNIT'
            [Unit]
            Description=ANB Rising Stars Showcase (@ROLE@)
            Wants=network-online.target
            After=network-online.target

            [Service]
            User=anb
            Group=anb
            EnvironmentFile=/etc/anb/anb.env
            ExecStart=/opt/anb/start.sh
            Restart=always
            RestartSec=5
            # SIGTERM makes the app stop taking jobs and finish or release the ones it holds.
            TimeoutStopSec=@STOP_TIMEOUT@
            SuccessExitStatus=143
            NoNewPrivileges=true
            PrivateTmp=true
            ProtectSystem=strict
            ProtectHome=true
            ReadWritePaths=/opt/anb

            [Install]
            WantedBy=multi-user.target
            UNIT
            systemctl daemon-reload
            systemctl enable --now anb.service
            """;

    /**
     * Worker only. Polls the instance metadata for a pending scale-in; then stops the app (which drains) and only
     * after that lets Auto Scaling terminate the instance. If anything here fails, the hook's timeout ends it anyway.
     */
    private static final String DRAIN_WATCHER = """
            cat > /opt/anb/drain.sh <<'DRAIN'
            #!/bin/bash
            set -uo pipefail
            imds() {
              local token
              token=$(curl -sf -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 60') &&
                curl -sf -H "X-aws-ec2-metadata-token: $token" "http://169.254.169.254/latest/meta-data/$1"
            }
            until [ "$(imds autoscaling/target-lifecycle-state)" = "Terminated" ]; do sleep 10; done
            systemctl stop anb.service
            aws autoscaling complete-lifecycle-action --lifecycle-action-result CONTINUE \\
              --auto-scaling-group-name "$WORKER_ASG_NAME" --lifecycle-hook-name "$WORKER_LIFECYCLE_HOOK_NAME" \\
              --instance-id "$(imds instance-id)"
            DRAIN
            chmod 755 /opt/anb/drain.sh
            cat > /etc/systemd/system/anb-drain.service <<'UNIT'
            [Unit]
            Description=Drain the ANB worker before Auto Scaling terminates it
            After=anb.service

            [Service]
            EnvironmentFile=/etc/anb/anb.env
            ExecStart=/opt/anb/drain.sh
            Restart=on-failure

            [Install]
            WantedBy=multi-user.target
            UNIT
            systemctl daemon-reload
            systemctl enable --now anb-drain.service
            """;

    private AppUserData() {
    }

    static UserData of(Spec spec) {
        UserData userData = UserData.forLinux();
        userData.addCommands(script(spec));
        return userData;
    }

    static String script(Spec spec) {
        String install = INSTALL
                .replace("@REGION@", spec.region())
                .replace("@BUCKET@", spec.artifactsBucket())
                .replace("@FFMPEG_KEY@", spec.ffmpegKey())
                .replace("@JAR_KEY@", spec.appJarKey())
                .replace("@ENVIRONMENT@", environmentFile(spec.environment()));
        String service = SERVICE
                .replace("@ROLE@", spec.role())
                .replace("@STOP_TIMEOUT@", Integer.toString(STOP_TIMEOUT_SECONDS));
        return install + START_SCRIPT + service + (spec.drainOnScaleIn() ? DRAIN_WATCHER : "");
    }

    private static String environmentFile(Map<String, String> environment) {
        return environment.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
