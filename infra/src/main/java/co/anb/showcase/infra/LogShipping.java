package co.anb.showcase.infra;

/**
 * The CloudWatch agent on every instance: the app's JSON log, the ops scripts' log and the boot log go to the
 * stack's log group, one stream each per instance, so they outlive an instance that scale-in terminates.
 */
final class LogShipping {

    static final String AGENT_CONFIG = "/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json";

    private static final String SCRIPT = """
            cat > /etc/logrotate.d/anb <<'ROTATE'
            /var/log/anb/*.log {
              daily
              rotate 3
              maxsize 200M
              compress
              missingok
              copytruncate
            }
            ROTATE
            cat > @AGENT_CONFIG@ <<'AGENT'
            {
              "agent": {"run_as_user": "root"},
              "logs": {"logs_collected": {"files": {"collect_list": [
                {"file_path": "@APP_LOG@", "log_group_name": "@LOG_GROUP@", "log_stream_name": "{instance_id}/app"},
                {"file_path": "@OPS_LOG@", "log_group_name": "@LOG_GROUP@", "log_stream_name": "{instance_id}/ops"},
                {"file_path": "/var/log/cloud-init-output.log", "log_group_name": "@LOG_GROUP@",
                 "log_stream_name": "{instance_id}/boot"}
              ]}}}
            }
            AGENT
            /opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s \\
              -c file:@AGENT_CONFIG@
            """;

    private LogShipping() {
    }

    static String script(String logGroupName) {
        return SCRIPT.replace("@AGENT_CONFIG@", AGENT_CONFIG)
                .replace("@APP_LOG@", AppUserData.APP_LOG)
                .replace("@OPS_LOG@", AppUserData.OPS_LOG)
                .replace("@LOG_GROUP@", logGroupName);
    }
}
