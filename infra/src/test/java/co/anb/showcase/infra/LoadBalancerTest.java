package co.anb.showcase.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class LoadBalancerTest {

    private final Template services = SynthesizedPlatform.defaults().services();

    @Test
    void albIsInternetFacingInThePublicSubnets() {
        services.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of(
                "Scheme", "internet-facing",
                "Subnets", Match.arrayWith(List.of(Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*publicSubnet1.*"))))));
    }

    @Test
    void targetsAreCheckedOnApiHealthAtTheAppPort() {
        services.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of(
                "Port", 8080,
                "Protocol", "HTTP",
                "HealthCheckPath", "/api/health",
                "Matcher", Map.of("HttpCode", "200")));
    }

    @Test
    void idleTimeoutLetsAHundredMegabyteUploadFinish() {
        services.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of(
                "LoadBalancerAttributes", Match.arrayWith(List.of(
                        Map.of("Key", "idle_timeout.timeout_seconds", "Value", "300")))));
    }

    @Test
    void albWritesAccessLogsToTheLogBucket() {
        services.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of(
                "LoadBalancerAttributes", Match.arrayWith(List.of(
                        Map.of("Key", "access_logs.s3.enabled", "Value", "true")))));
    }

    @Test
    void httpForwardsToTheWebTierWithoutACertificate() {
        services.resourceCountIs("AWS::ElasticLoadBalancingV2::Listener", 1);
        services.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of(
                "Port", 80,
                "Protocol", "HTTP",
                "DefaultActions", List.of(Match.objectLike(Map.of("Type", "forward")))));
    }

    @Test
    void httpsUsesTheGivenCertificateAndHttpRedirectsToIt() {
        Template withCertificate = SynthesizedPlatform.allOptions().services();
        withCertificate.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of(
                "Port", 443,
                "Protocol", "HTTPS",
                "Certificates", List.of(Map.of("CertificateArn", SynthesizedPlatform.CERTIFICATE_ARN)),
                "DefaultActions", List.of(Match.objectLike(Map.of("Type", "forward")))));
        withCertificate.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of(
                "Port", 80,
                "DefaultActions", List.of(Match.objectLike(Map.of(
                        "Type", "redirect",
                        "RedirectConfig", Match.objectLike(Map.of("Protocol", "HTTPS", "Port", "443")))))));
    }
}
