package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DataStackTest {

    private final Template data = SynthesizedPlatform.defaults().data();

    @Test
    void databaseIsMultiAzEncryptedAndNotPublic() {
        data.hasResourceProperties("AWS::RDS::DBInstance", Map.of(
                "Engine", "postgres",
                "MultiAZ", true,
                "StorageEncrypted", true,
                "PubliclyAccessible", false));
    }

    @Test
    void databaseUsesGp3AndKeepsSevenDaysOfBackups() {
        data.hasResourceProperties("AWS::RDS::DBInstance", Map.of(
                "StorageType", "gp3",
                "BackupRetentionPeriod", 7));
    }

    @Test
    void databaseLivesInIsolatedSubnetsOfBothZones() {
        @SuppressWarnings("unchecked")
        List<Object> subnets = (List<Object>) Cfn.onlyProperties(data, "AWS::RDS::DBSubnetGroup", "")
                .get("SubnetIds");
        assertThat(subnets).allSatisfy(ref -> assertThat(Cfn.json(ref)).contains("dataSubnet"));
        assertThat(Cfn.zonesOfImportedSubnets(subnets, SynthesizedPlatform.defaults().network())).hasSize(2);
    }

    @Test
    void databasePasswordIsGeneratedInSecretsManager() {
        data.hasResourceProperties("AWS::SecretsManager::Secret", Map.of(
                "GenerateSecretString", Match.objectLike(Map.of("GenerateStringKey", "password"))));
        Map<String, Object> db = Cfn.onlyProperties(data, "AWS::RDS::DBInstance", "DatabasePostgres");
        assertThat(Cfn.json(db.get("MasterUserPassword"))).contains("{{resolve:secretsmanager:");
    }

    @Test
    void jwtSecretIsGeneratedNeverWritten() {
        data.hasResourceProperties("AWS::SecretsManager::Secret", Map.of(
                "Description", "HS256 signing key of the ANB API tokens",
                "GenerateSecretString", Map.of("ExcludePunctuation", true, "PasswordLength", 64)));
        Cfn.properties(data, "AWS::SecretsManager::Secret").values()
                .forEach(secret -> assertThat(secret).doesNotContainKey("SecretString"));
    }

    @Test
    void voteAuditKeyIsGeneratedNeverWritten() {
        data.hasResourceProperties("AWS::SecretsManager::Secret", Map.of(
                "Description", "HMAC key of the ANB vote audit hashes",
                "GenerateSecretString", Map.of("ExcludePunctuation", true, "PasswordLength", 64)));
    }

    @Test
    void mediaBucketBlocksPublicAccessAndIsEncrypted() {
        data.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "LoggingConfiguration", Match.anyValue(),
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(
                        Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256"))))));
    }

    @Test
    void mediaBucketRefusesRequestsWithoutTls() {
        data.hasResourceProperties("AWS::S3::BucketPolicy", Map.of(
                "Bucket", Map.of("Ref", Match.stringLikeRegexp("MediaBucket.*")),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))))))))));
    }

    @Test
    void abandonedMultipartUploadsAreCleanedUp() {
        data.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "LoggingConfiguration", Match.anyValue(),
                "LifecycleConfiguration", Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 1),
                        "Status", "Enabled")))))));
    }

    @Test
    void mediaBucketTakesUploadPartsFromTheSiteAndExposesTheirEtags() {
        data.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "LoggingConfiguration", Match.anyValue(),
                "CorsConfiguration", Map.of("CorsRules", List.of(Match.objectLike(Map.of(
                        "AllowedMethods", List.of("PUT"),
                        "AllowedOrigins", Match.arrayWith(List.of("https://*.cloudfront.net")),
                        "ExposedHeaders", List.of("ETag")))))));
    }

    @Test
    void withADomainOnlyThatOriginMayUploadParts() {
        SynthesizedPlatform.allOptions().data().hasResourceProperties("AWS::S3::Bucket", Map.of(
                "LoggingConfiguration", Match.anyValue(),
                "CorsConfiguration", Map.of("CorsRules", List.of(Match.objectLike(Map.of(
                        "AllowedMethods", List.of("PUT"),
                        "AllowedOrigins", List.of("https://concurso.example.com"),
                        "ExposedHeaders", List.of("ETag")))))));
    }
}
