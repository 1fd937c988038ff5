package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** HTTPS by default (CloudFront without a domain, the ALB with one), HSTS, and the WAF on the entry point. */
class EdgeTest {

    private final Template cloudFront = SynthesizedPlatform.defaults().services();
    private final Template withDomain = SynthesizedPlatform.allOptions().services();

    @Test
    void withoutADomainCloudFrontServesHttpsAndRedirectsHttp() {
        cloudFront.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig",
                Match.objectLike(Map.of(
                        "DefaultCacheBehavior", Match.objectLike(Map.of("ViewerProtocolPolicy", "redirect-to-https")),
                        "WebACLId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("EdgeFirewall.*"), "Arn"))))));
        cloudFront.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", Map.of("ResponseHeadersPolicyConfig",
                Match.objectLike(Map.of("SecurityHeadersConfig", Map.of("StrictTransportSecurity", Map.of(
                        "AccessControlMaxAgeSec", 31_536_000, "IncludeSubdomains", false, "Override", true))))));
        assertThat(Cfn.json(cloudFront.findOutputs("Url", Map.of()))).contains("https://")
                .contains("DomainName");
    }

    @Test
    void withADomainTheAlbServesHttpsAndRedirectsHttp() {
        withDomain.resourceCountIs("AWS::CloudFront::Distribution", 0);
        withDomain.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of(
                "Protocol", "HTTPS", "Port", 443));
        withDomain.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of(
                "Protocol", "HTTP", "Port", 80,
                "DefaultActions", List.of(Match.objectLike(Map.of("Type", "redirect",
                        "RedirectConfig", Match.objectLike(Map.of("Protocol", "HTTPS", "StatusCode", "HTTP_301")))))));
        withDomain.hasResourceProperties("AWS::WAFv2::WebACLAssociation", Map.of(
                "ResourceArn", Map.of("Ref", Match.stringLikeRegexp("WebAlb.*"))));
        assertThat(Cfn.json(withDomain.findOutputs("Url", Map.of()))).contains("https://concurso.example.com");
    }

    @Test
    void theWafHasTheManagedGroupsAndRateLimitsOnLoginSignupAndVotes() {
        for (var variant : List.of(List.of(cloudFront, "CLOUDFRONT"), List.of(withDomain, "REGIONAL"))) {
            Template template = (Template) variant.get(0);
            Map<String, Object> acl = Cfn.onlyProperties(template, "AWS::WAFv2::WebACL", "EdgeFirewall");
            assertThat(acl).containsEntry("Scope", variant.get(1));
            String rules = Cfn.json(acl.get("Rules"));
            assertThat(rules).contains("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
                    "\"Name\":\"SizeRestrictions_BODY\"", "\"Count\":{}",
                    "\"SearchString\":\"/api/auth/login\"", "\"SearchString\":\"/api/auth/signup\"",
                    "\"SearchString\":\"/api/public/videos/\"", "\"SearchString\":\"/vote\"",
                    "\"Limit\":" + EdgeFirewall.LOGIN_LIMIT, "\"Limit\":" + EdgeFirewall.SIGNUP_LIMIT,
                    "\"Limit\":" + EdgeFirewall.VOTE_LIMIT, "\"AggregateKeyType\":\"IP\"");
            assertThat(rules.split("RateBasedStatement", -1)).hasSize(4);
        }
    }
}
