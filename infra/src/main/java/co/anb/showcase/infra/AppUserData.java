package co.anb.showcase.infra;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Boot script of an app instance (Amazon Linux 2023): installs Java and the tools, fetches the release jar of the
 * deployed version, runs it under systemd as the unprivileged {@code anb} user, ships its log to CloudWatch Logs,
 * and tells CloudFormation the instance is healthy ({@code cfn-signal}) only once the app's readiness answers UP, so
 * a rolling release stops at the first instance that does not come up. The environment file holds names and ARNs
 * only; the start script reads the secrets from Secrets Manager at each start ({@link StartScripts}).
 */
final class AppUserData {

    /**
     * What differs between the tiers and deployments; every value may be a CDK token.
     *
     * @param ffmpegKey   key of a static FFmpeg build to install in /opt/ffmpeg, or null to use the one in the jar
     * @param signalStack stack and logical id of the group that waits for this instance's signal
     */
    record Spec(String role, String region, String artifactsBucket, String jarKey, String ffmpegKey,
                Map<String, String> environment, boolean worker, String logGroupName, String signalStack,
                String signalResource) {
    }

    /** How long systemd lets the app finish or release its jobs after SIGTERM. */
    static final int STOP_TIMEOUT_SECONDS = 120;
    /** The app's readiness (database and queue reachable); liveness is /api/health. */
    static final String READINESS_URL = "http://127.0.0.1:" + InfraSettings.APP_PORT + "/actuator/health/readiness";
    /** 90 × 10 s: within the groups' 15-minute signal timeout. */
    static final int READY_ATTEMPTS = 90;
    static final String APP_LOG = "/var/log/anb/app.log";
    static final String OPS_LOG = "/var/log/anb/ops.log";

    private static final String INSTALL = """
            set -euo pipefail
            export AWS_REGION=@REGION@ AWS_DEFAULT_REGION=@REGION@
            signal() {
              /opt/aws/bin/cfn-signal -e "$1" --stack @STACK@ --resource @RESOURCE@ --region @REGION@ || true
            }
            trap 'signal 1' ERR
            dnf install -y java-21-amazon-corretto-headless jq tar xz aws-cfn-bootstrap amazon-cloudwatch-agent \\
              logrotate@EXTRA_PACKAGES@
            id anb >/dev/null 2>&1 || useradd --system --home-dir /opt/anb --shell /sbin/nologin anb
            install -d -o anb -g anb -m 750 /opt/anb /opt/anb/tmp
            install -d -m 755 /var/log/anb /etc/anb
            """;

    /** Amazon Linux 2023 has no ffmpeg package: the arm64 tiers unpack a static build uploaded next to the jar. */
    private static final String FFMPEG = """
            aws s3 cp "s3://@BUCKET@/@FFMPEG_KEY@" /tmp/ffmpeg.tar.xz
            install -d /opt/ffmpeg
            tar -xJf /tmp/ffmpeg.tar.xz -C /opt/ffmpeg --strip-components=1
            rm -f /tmp/ffmpeg.tar.xz
            """;

    private static final String RELEASE = """
            aws s3 cp "s3://@BUCKET@/@JAR_KEY@" /opt/anb/app.jar
            chown anb:anb /opt/anb/app.jar
            cat > /etc/anb/anb.env <<'ENV'
            @ENVIRONMENT@
            ENV
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
            # JSON lines (logging.structured.format.console) into a file the CloudWatch agent ships.
            StandardOutput=append:@APP_LOG@
            StandardError=inherit
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

    /** Last: the instance counts as released only when the app is ready (and, on the web tier, the grants done). */
    private static final String SIGNAL_WHEN_READY = """
            ready=0
            for attempt in $(seq 1 @READY_ATTEMPTS@); do
              if curl -sf -m 5 @READINESS_URL@ >/dev/null; then ready=1; break; fi
              sleep 10
            done
            if [ "$ready" != 1 ]; then signal 1; exit 1; fi
            @AFTER_READY@signal 0
            """;

    private AppUserData() {
    }

    static String script(Spec spec) {
        boolean web = !spec.worker();
        String script = INSTALL.replace("@EXTRA_PACKAGES@", web ? " " + StartScripts.PSQL_PACKAGE : "")
                + (spec.ffmpegKey() != null ? FFMPEG.replace("@FFMPEG_KEY@", spec.ffmpegKey()) : "")
                + RELEASE.replace("@JAR_KEY@", spec.jarKey())
                        .replace("@ENVIRONMENT@", environmentFile(spec.environment()))
                + LogShipping.script(spec.logGroupName())
                + StartScripts.script(web)
                + SERVICE.replace("@ROLE@", spec.role())
                        .replace("@APP_LOG@", APP_LOG)
                        .replace("@STOP_TIMEOUT@", Integer.toString(STOP_TIMEOUT_SECONDS))
                + (spec.worker() ? WorkerScripts.script() : "")
                + SIGNAL_WHEN_READY.replace("@READY_ATTEMPTS@", Integer.toString(READY_ATTEMPTS))
                        .replace("@READINESS_URL@", READINESS_URL)
                        .replace("@AFTER_READY@", web ? StartScripts.GRANTS_AFTER_MIGRATIONS + "\n" : "");
        return script.replace("@REGION@", spec.region())
                .replace("@BUCKET@", spec.artifactsBucket())
                .replace("@STACK@", spec.signalStack())
                .replace("@RESOURCE@", spec.signalResource());
    }

    /** Every value single-quoted: read the same by systemd's EnvironmentFile and by a shell that sources it. */
    private static String environmentFile(Map<String, String> environment) {
        return environment.entrySet().stream()
                .map(e -> e.getKey() + "='" + e.getValue() + "'")
                .collect(Collectors.joining("\n"));
    }
}
