package co.anb.showcase.infra;

/**
 * Worker only: the drain before scale-in, and the health check Auto Scaling acts on (workers have no load balancer
 * to judge them, and a VM that runs is not a worker that works).
 */
final class WorkerScripts {

    /** 20 checks 30 s apart: an app not ready for 10 minutes is replaced; a slow first start is not counted. */
    static final int UNHEALTHY_AFTER_FAILURES = 20;

    private static final String SCRIPTS = """
            cat > /opt/anb/imds.sh <<'IMDS'
            imds() {
              local token
              token=$(curl -sf -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 60') &&
                curl -sf -H "X-aws-ec2-metadata-token: $token" "http://169.254.169.254/latest/meta-data/$1"
            }
            IMDS
            cat > /opt/anb/drain.sh <<'DRAIN'
            #!/bin/bash
            # On a pending scale-in, stop the app (it finishes or releases its jobs), then let Auto Scaling terminate.
            set -uo pipefail
            . /opt/anb/imds.sh
            until [ "$(imds autoscaling/target-lifecycle-state)" = "Terminated" ]; do sleep 10; done
            echo "scale-in: draining"
            systemctl stop anb.service
            sleep 10  # the CloudWatch agent sends the app's last lines
            aws autoscaling complete-lifecycle-action --lifecycle-action-result CONTINUE \\
              --auto-scaling-group-name "$WORKER_ASG_NAME" --lifecycle-hook-name "$WORKER_LIFECYCLE_HOOK_NAME" \\
              --instance-id "$(imds instance-id)"
            DRAIN
            cat > /opt/anb/health.sh <<'HEALTH'
            #!/bin/bash
            # Marks this worker unhealthy when its app has not been ready for a while; Auto Scaling replaces it.
            set -uo pipefail
            . /opt/anb/imds.sh
            failures=0
            while sleep 30; do
              if curl -sf -m 5 @READINESS_URL@ >/dev/null; then failures=0; continue; fi
              [ "$(imds autoscaling/target-lifecycle-state)" = "InService" ] || continue
              failures=$((failures + 1))
              if [ "$failures" -ge @FAILURES@ ]; then
                echo "readiness failed $failures times in a row: reporting unhealthy"
                aws autoscaling set-instance-health --instance-id "$(imds instance-id)" --health-status Unhealthy
                failures=0
              fi
            done
            HEALTH
            chmod 755 /opt/anb/drain.sh /opt/anb/health.sh
            for unit in drain health; do
              cat > /etc/systemd/system/anb-$unit.service <<UNIT
            [Unit]
            Description=ANB worker $unit
            After=anb.service

            [Service]
            EnvironmentFile=/etc/anb/anb.env
            ExecStart=/opt/anb/$unit.sh
            Restart=on-failure
            StandardOutput=append:@OPS_LOG@
            StandardError=inherit

            [Install]
            WantedBy=multi-user.target
            UNIT
            done
            systemctl daemon-reload
            systemctl enable --now anb-drain.service anb-health.service
            """;

    private WorkerScripts() {
    }

    static String script() {
        return SCRIPTS.replace("@READINESS_URL@", AppUserData.READINESS_URL)
                .replace("@FAILURES@", Integer.toString(UNHEALTHY_AFTER_FAILURES))
                .replace("@OPS_LOG@", AppUserData.OPS_LOG);
    }
}
