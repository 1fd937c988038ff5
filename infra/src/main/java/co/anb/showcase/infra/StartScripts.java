package co.anb.showcase.infra;

/**
 * The app's start script, which reads the tier's secrets at every start and exports them into the JVM's
 * environment only, and, on the web tier, the script that creates the per-tier database logins with the master
 * secret. Each tier connects with its own login ({@link DatabaseUsers}); only the web tier migrates, as the master.
 */
final class StartScripts {

    /** psql ≥ 15 for {@code \getenv}: passwords reach psql through the environment, never its command line. */
    static final String PSQL_PACKAGE = "postgresql15";
    /** Run again once the app is ready: the worker's grants name tables that Flyway creates at the first start. */
    static final String GRANTS_AFTER_MIGRATIONS = "runuser -u anb -- /opt/anb/db-roles.sh";

    private static final String START = """
            cat > /opt/anb/start.sh <<'START'
            #!/bin/bash
            set -euo pipefail
            secret() { aws secretsmanager get-secret-value --secret-id "$1" --query SecretString --output text; }
            login=$(secret "$DB_SECRET_ARN")
            export SPRING_DATASOURCE_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME"
            export SPRING_DATASOURCE_USERNAME="$(printf '%s' "$login" | jq -r .username)"
            export SPRING_DATASOURCE_PASSWORD="$(printf '%s' "$login" | jq -r .password)"
            unset login
            if [ -n "${DB_MASTER_SECRET_ARN:-}" ]; then
              /opt/anb/db-roles.sh
              master=$(secret "$DB_MASTER_SECRET_ARN")
              export SPRING_FLYWAY_USER="$(printf '%s' "$master" | jq -r .username)"
              export SPRING_FLYWAY_PASSWORD="$(printf '%s' "$master" | jq -r .password)"
              unset master
            fi
            if [ -n "${JWT_SECRET_ARN:-}" ]; then
              export JWT_SECRET="$(secret "$JWT_SECRET_ARN")"
            fi
            if [ -n "${VOTE_AUDIT_SECRET_ARN:-}" ]; then
              export VOTE_AUDIT_SECRET="$(secret "$VOTE_AUDIT_SECRET_ARN")"
            fi
            exec java $JAVA_OPTS -jar /opt/anb/app.jar
            START
            chmod 755 /opt/anb/start.sh
            """;

    private static final String DATABASE_ROLES = """
            cat > /opt/anb/db-roles.sql <<'SQL'
            SELECT 'CREATE ROLE @API_USER@ LOGIN'
              WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '@API_USER@') \\gexec
            SELECT 'CREATE ROLE @WORKER_USER@ LOGIN'
              WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '@WORKER_USER@') \\gexec
            \\getenv api_password API_PASSWORD
            \\getenv worker_password WORKER_PASSWORD
            ALTER ROLE @API_USER@ PASSWORD :'api_password';
            ALTER ROLE @WORKER_USER@ PASSWORD :'worker_password';
            GRANT CONNECT ON DATABASE :"DBNAME" TO @API_USER@, @WORKER_USER@;
            GRANT USAGE ON SCHEMA public TO @API_USER@, @WORKER_USER@;
            -- api: rows of every table and sequence the migrations (run as the master) create, now and later
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO @API_USER@;
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO @API_USER@;
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO @API_USER@;
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO @API_USER@;
            -- worker: reads everything, writes only a video's processing state and the job outbox
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO @WORKER_USER@;
            GRANT SELECT ON ALL TABLES IN SCHEMA public TO @WORKER_USER@;
            SELECT 'GRANT UPDATE ON videos TO @WORKER_USER@' WHERE to_regclass('public.videos') IS NOT NULL \\gexec
            SELECT 'GRANT INSERT, UPDATE ON outbox TO @WORKER_USER@'
              WHERE to_regclass('public.outbox') IS NOT NULL \\gexec
            SELECT 'GRANT USAGE ON SEQUENCE outbox_id_seq TO @WORKER_USER@'
              WHERE to_regclass('public.outbox_id_seq') IS NOT NULL \\gexec
            -- the migration history is the master's alone
            SELECT 'REVOKE ALL ON flyway_schema_history FROM @API_USER@, @WORKER_USER@'
              WHERE to_regclass('public.flyway_schema_history') IS NOT NULL \\gexec
            SQL
            cat > /opt/anb/db-roles.sh <<'ROLES'
            #!/bin/bash
            # Creates the tier logins and their grants with the master login; idempotent.
            set -euo pipefail
            if [ -z "${DB_MASTER_SECRET_ARN:-}" ]; then set -a; . /etc/anb/anb.env; set +a; fi
            secret() { aws secretsmanager get-secret-value --secret-id "$1" --query SecretString --output text; }
            master=$(secret "$DB_MASTER_SECRET_ARN")
            export PGPASSWORD="$(printf '%s' "$master" | jq -r .password)"
            export API_PASSWORD="$(secret "$DB_API_SECRET_ARN" | jq -r .password)"
            export WORKER_PASSWORD="$(secret "$DB_WORKER_SECRET_ARN" | jq -r .password)"
            user=$(printf '%s' "$master" | jq -r .username)
            psql "host=$DB_HOST port=$DB_PORT dbname=$DB_NAME user=$user sslmode=require" \\
              -v ON_ERROR_STOP=1 -q -f /opt/anb/db-roles.sql
            ROLES
            chmod 755 /opt/anb/db-roles.sh
            chmod 644 /opt/anb/db-roles.sql
            """;

    private StartScripts() {
    }

    static String script(boolean web) {
        return START + (web ? DATABASE_ROLES.replace("@API_USER@", DatabaseUsers.API_USER)
                .replace("@WORKER_USER@", DatabaseUsers.WORKER_USER) : "");
    }
}
