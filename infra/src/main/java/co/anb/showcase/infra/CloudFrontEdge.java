package co.anb.showcase.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersStrictTransportSecurity;
import software.amazon.awscdk.services.cloudfront.ResponseSecurityHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.LoadBalancerV2Origin;
import software.amazon.awscdk.services.cloudfront.origins.LoadBalancerV2OriginProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;
import software.constructs.Construct;

/**
 * Without a domain of its own the site is served over HTTPS by CloudFront with its default certificate
 * ({@code https://<id>.cloudfront.net}), with the WAF, in front of the ALB. Nothing is cached: every request goes to
 * the app as it came. HTTP is redirected to HTTPS and every answer carries HSTS.
 */
final class CloudFrontEdge extends Construct {

    private final Distribution distribution;

    CloudFrontEdge(Construct scope, String id, IApplicationLoadBalancer alb, String webAclArn) {
        super(scope, id);
        ResponseHeadersPolicy hsts = ResponseHeadersPolicy.Builder.create(this, "Hsts")
                .securityHeadersBehavior(ResponseSecurityHeadersBehavior.builder()
                        .strictTransportSecurity(ResponseHeadersStrictTransportSecurity.builder()
                                .accessControlMaxAge(Duration.days(365)).includeSubdomains(false).override(true)
                                .build())
                        .build())
                .build();
        distribution = Distribution.Builder.create(this, "Distribution")
                .comment("ANB Rising Stars Showcase")
                .defaultBehavior(BehaviorOptions.builder()
                        // The ALB has no certificate for its own name in this mode; the edge holds the TLS.
                        .origin(new LoadBalancerV2Origin(alb, LoadBalancerV2OriginProps.builder()
                                .protocolPolicy(OriginProtocolPolicy.HTTP_ONLY)
                                // Slow 100 MB uploads: the longest wait CloudFront allows without a quota raise.
                                .readTimeout(Duration.seconds(60))
                                .build()))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .allowedMethods(AllowedMethods.ALLOW_ALL)
                        .cachePolicy(CachePolicy.CACHING_DISABLED)
                        .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER)
                        .responseHeadersPolicy(hsts)
                        .build())
                .priceClass(PriceClass.PRICE_CLASS_100)
                .webAclId(webAclArn)
                .build();
        Nag.suppress(distribution, "CFR1", "A public contest: no country is excluded.");
        Nag.suppress(distribution, "CFR3", "The ALB's access logs record every request CloudFront forwards; "
                + "CloudFront's standard logs need an ACL-enabled bucket, which this project never creates.");
        Nag.suppress(distribution, "CFR4", "The default *.cloudfront.net certificate cannot pin a TLS version; "
                + "give certificateArn for TLS 1.2+ on the ALB.");
        Nag.suppress(distribution, "CFR5", "The origin is reached over HTTP only (the ALB has no certificate in "
                + "this mode), so no SSL protocol is negotiated with it; give certificateArn for TLS end to end.");
    }

    String domainName() {
        return distribution.getDistributionDomainName();
    }

    Distribution distribution() {
        return distribution;
    }
}
