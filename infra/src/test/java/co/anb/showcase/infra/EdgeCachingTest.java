package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** CloudFront keeps published media (from the bucket, through origin access control) and public API reads. */
class EdgeCachingTest {

    private final Template services = SynthesizedPlatform.defaults().services();
    private final Template data = SynthesizedPlatform.defaults().data();

    @Test
    void publishedMediaComeFromTheBucketThroughOriginAccessControlWithTheMediaPrefixStripped() {
        services.hasResourceProperties("AWS::CloudFront::OriginAccessControl", Map.of("OriginAccessControlConfig",
                Match.objectLike(Map.of("OriginAccessControlOriginType", "s3", "SigningBehavior", "always",
                        "SigningProtocol", "sigv4"))));
        String config = Cfn.json(distribution().get("DistributionConfig"));
        assertThat(config).contains("\"OriginAccessControlId\"", "MediaBucket", "\"S3OriginConfig\"");
        for (String path : EdgeCaching.MEDIA_PATHS) {
            Map<String, Object> behavior = behavior(path);
            assertThat(Cfn.json(behavior)).contains("viewer-request", "CachingMedia")
                    .contains("\"AllowedMethods\":[\"GET\",\"HEAD\"]").doesNotContain("\"TargetOriginId\":\"Alb");
        }
        String function = Cfn.json(Cfn.onlyProperties(services, "AWS::CloudFront::Function", "EdgeCachingMediaPath"));
        assertThat(function).contains("cloudfront-js-2.0", "request.uri.replace(/^\\\\/media\\\\//, '/')");
        services.hasResourceProperties("AWS::CloudFront::CachePolicy", Map.of("CachePolicyConfig", Match.objectLike(
                Map.of("DefaultTTL", 31_536_000, "MaxTTL", 31_536_000, "MinTTL", 86_400))));
    }

    @Test
    void theBucketLetsCloudFrontReadThePublishedPrefixesOnly() {
        Map<String, Object> policy = Cfn.onlyProperties(data, "AWS::S3::BucketPolicy", "MediaBucketPolicy");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> statements = (List<Map<String, Object>>) ((Map<String, Object>)
                policy.get("PolicyDocument")).get("Statement");
        List<Map<String, Object>> cloudFront = statements.stream()
                .filter(s -> Cfn.json(s.get("Principal")).contains("cloudfront.amazonaws.com")).toList();
        assertThat(cloudFront).singleElement().satisfies(s -> {
            assertThat(s.get("Effect")).isEqualTo("Allow");
            assertThat(Cfn.list(s.get("Action"))).containsExactly("s3:GetObject");
            assertThat(Cfn.list(s.get("Resource"))).extracting(Cfn::json).hasSize(2)
                    .anySatisfy(r -> assertThat(r).endsWith("\"/processed/*\"]]}"))
                    .anySatisfy(r -> assertThat(r).endsWith("\"/thumbnails/*\"]]}"));
            assertThat(Cfn.json(s.get("Condition"))).contains("AWS:SourceArn", ":cloudfront::", ":distribution/*");
        });
        // With a domain there is no CloudFront, and nothing outside the account reads the bucket.
        assertThat(Cfn.json(SynthesizedPlatform.allOptions().data().toJSON())).doesNotContain("cloudfront.amazonaws");
    }

    @Test
    void publicReadsAreKeptAsTheAppSaysKeyedOnTheirQueryAndTheListAlsoOnAuthorization() {
        Map<String, Object> shared = cachePolicy("CachingPublicReads");
        assertThat(Cfn.json(shared)).contains("\"MinTTL\":0", "\"DefaultTTL\":5", "\"MaxTTL\":60",
                "\"QueryStringBehavior\":\"whitelist\"", "\"QueryStrings\":[\"page\",\"limit\",\"city\",\"sort\"]",
                "\"HeaderBehavior\":\"none\"").doesNotContain("Authorization");
        Map<String, Object> perViewer = cachePolicy("CachingPublicReadsPerViewer");
        assertThat(Cfn.json(perViewer)).contains("\"MinTTL\":0", "\"Headers\":[\"Authorization\"]",
                "\"QueryStrings\":[\"page\",\"limit\",\"city\",\"sort\"]");
        assertThat(Cfn.json(behavior(CloudFrontEdge.PUBLIC_READS_PATH)))
                .containsPattern("CachingPublicReads[0-9A-F]{8}\"");
        assertThat(Cfn.json(behavior(CloudFrontEdge.PUBLIC_VIDEOS_PATH))).contains("CachingPublicReadsPerViewer");
        // The vote shares the list's prefix: it comes first and is never cached.
        assertThat(Cfn.json(behavior(CloudFrontEdge.VOTE_PATH))).contains("4135ea2d-6df8-44a3-9df3-4b5a84be39ad")
                .contains("POST");
        List<String> order = behaviors().stream().map(b -> (String) b.get("PathPattern")).toList();
        assertThat(order.indexOf(CloudFrontEdge.VOTE_PATH))
                .isLessThan(order.indexOf(CloudFrontEdge.PUBLIC_VIDEOS_PATH));
        assertThat(order.indexOf(CloudFrontEdge.PUBLIC_VIDEOS_PATH))
                .isLessThan(order.indexOf(CloudFrontEdge.PUBLIC_READS_PATH));
    }

    @Test
    void theAppLearnsTheViewersSchemeAndTheMediaOriginFromCloudFront() {
        String web = Cfn.userData(services, "WebLaunchTemplate");
        assertThat(web).contains("SERVER_TOMCAT_REMOTEIP_PROTOCOL_HEADER='CloudFront-Forwarded-Proto'",
                "SERVER_TOMCAT_REMOTEIP_PORT_HEADER='CloudFront-Forwarded-Proto'",
                "VIEWER_ADDRESS_HEADER='CloudFront-Viewer-Address'",
                "MEDIA_BASE_URL='https://", "PUBLIC_BASE_URL='https://");
        // CloudFront-Forwarded-Proto reaches the app only with CloudFront's headers in the origin request policy
        // (the managed AllViewerAndCloudFrontHeaders-2022-06).
        assertThat(Cfn.json(distribution())).contains("33f36d7e-f396-46d9-90e0-52428a34d9dc");
        String withDomain = Cfn.userData(SynthesizedPlatform.allOptions().services(), "WebLaunchTemplate");
        assertThat(withDomain).doesNotContain("CloudFront-Forwarded-Proto", "CloudFront-Viewer-Address", "MEDIA_BASE_URL")
                .contains("PUBLIC_BASE_URL='https://concurso.example.com'");
    }

    private Map<String, Object> distribution() {
        return Cfn.onlyProperties(services, "AWS::CloudFront::Distribution", "Edge");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> behaviors() {
        Map<String, Object> config = (Map<String, Object>) distribution().get("DistributionConfig");
        return (List<Map<String, Object>>) config.get("CacheBehaviors");
    }

    private Map<String, Object> behavior(String path) {
        return behaviors().stream().filter(b -> path.equals(b.get("PathPattern"))).findFirst()
                .orElseThrow(() -> new AssertionError("no behaviour for " + path));
    }

    private Map<String, Object> cachePolicy(String logicalIdPart) {
        return Cfn.properties(services, "AWS::CloudFront::CachePolicy").entrySet().stream()
                .filter(e -> e.getKey().startsWith("Edge" + logicalIdPart) && e.getKey().length()
                        == ("Edge" + logicalIdPart).length() + 8)
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no cache policy " + logicalIdPart));
    }
}
