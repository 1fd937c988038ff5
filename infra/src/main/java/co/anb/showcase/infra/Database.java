package co.anb.showcase.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/** PostgreSQL on RDS, Multi-AZ: a standby in a second zone takes over on its own when the primary fails. */
final class Database extends Construct {

    static final String NAME = "anb";

    private final DatabaseInstance instance;

    Database(Construct scope, String id, IVpc vpc, ISecurityGroup securityGroup, InfraSettings settings) {
        super(scope, id);
        instance = DatabaseInstance.Builder.create(this, "Postgres")
                .engine(DatabaseInstanceEngine.postgres(PostgresInstanceEngineProps.builder()
                        .version(PostgresEngineVersion.VER_17)
                        .build()))
                .instanceType(new InstanceType(settings.dbInstanceType()))
                .vpc(vpc)
                .vpcSubnets(NetworkStack.DATA)
                .securityGroups(List.of(securityGroup))
                .publiclyAccessible(false)
                .multiAz(true)
                .storageType(StorageType.GP3)
                .allocatedStorage(20)
                .maxAllocatedStorage(100)
                .storageEncrypted(true)
                .backupRetention(Duration.days(7))
                .deletionProtection(settings.dbDeletionProtection())
                .removalPolicy(RemovalPolicy.SNAPSHOT)
                .autoMinorVersionUpgrade(true)
                // Generated password stored in Secrets Manager; instances read it at start, it is never in a template.
                .credentials(Credentials.fromGeneratedSecret(NAME))
                .databaseName(NAME)
                .cloudwatchLogsExports(List.of("postgresql", "upgrade"))
                .build();
        Nag.suppress(instance, "RDS11", "Port 5432 is not a secret; the database is in isolated subnets behind its security group.");
        Nag.suppress(instance, "SMG4", "The app reads the password once at start; rotation needs a rolling restart, a documented follow-up.");
    }

    ISecret secret() {
        return instance.getSecret();
    }

    DatabaseInstance instance() {
        return instance;
    }
}
