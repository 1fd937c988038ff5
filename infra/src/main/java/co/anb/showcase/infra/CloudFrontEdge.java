package co.anb.showcase.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.CachedMethods;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.FunctionAssociation;
import software.amazon.awscdk.services.cloudfront.FunctionEventType;
import software.amazon.awscdk.services.cloudfront.ICachePolicy;
import software.amazon.awscdk.services.cloudfront.IOrigin;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ResponseCustomHeader;
import software.amazon.awscdk.services.cloudfront.ResponseCustomHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersStrictTransportSecurity;
import software.amazon.awscdk.services.cloudfront.ResponseSecurityHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.LoadBalancerV2Origin;
import software.amazon.awscdk.services.cloudfront.origins.LoadBalancerV2OriginProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * Without a domain of its own the site is served over HTTPS by CloudFront with its default certificate
 * ({@code https://<id>.cloudfront.net}), with the WAF, in front of the ALB. Published media come straight from the
 * bucket (origin access control) and are kept a year; public API reads are kept as long as the app's Cache-Control
 * allows; everything else goes to the app as it came. HTTP is redirected to HTTPS and every answer carries HSTS.
 */
final class CloudFrontEdge extends Construct {

    static final String VOTE_PATH = "/api/public/videos/*/vote";
    static final String PUBLIC_VIDEOS_PATH = "/api/public/videos*";
    static final String PUBLIC_READS_PATH = "/api/public/*";

    private final Distribution distribution;

    CloudFrontEdge(Construct scope, String id, IApplicationLoadBalancer alb, String webAclArn, IBucket mediaBucket) {
        super(scope, id);
        EdgeCaching caching = new EdgeCaching(this, "Caching", mediaBucket);
        ResponseSecurityHeadersBehavior hstsHeader = ResponseSecurityHeadersBehavior.builder()
                .strictTransportSecurity(ResponseHeadersStrictTransportSecurity.builder()
                        .accessControlMaxAge(Duration.days(365)).includeSubdomains(false).override(true).build())
                .build();
        ResponseHeadersPolicy hsts = ResponseHeadersPolicy.Builder.create(this, "Hsts")
                .securityHeadersBehavior(hstsHeader).build();
        // S3 objects carry no Cache-Control: browsers get the year-long, immutable lifetime the app gives locally.
        ResponseHeadersPolicy mediaHeaders = ResponseHeadersPolicy.Builder.create(this, "MediaHeaders")
                .securityHeadersBehavior(hstsHeader)
                .customHeadersBehavior(ResponseCustomHeadersBehavior.builder().customHeaders(List.of(
                        ResponseCustomHeader.builder().header("Cache-Control")
                                .value("public, max-age=31536000, immutable").override(false).build())).build())
                .build();
        // The ALB has no certificate for its own name in this mode; the edge holds the TLS.
        IOrigin app = new LoadBalancerV2Origin(alb, LoadBalancerV2OriginProps.builder()
                .protocolPolicy(OriginProtocolPolicy.HTTP_ONLY)
                // Slow 100 MB uploads: the longest wait CloudFront allows without a quota raise.
                .readTimeout(Duration.seconds(60))
                .build());
        BehaviorOptions uncached = appBehavior(app, hsts, CachePolicy.CACHING_DISABLED, AllowedMethods.ALLOW_ALL);
        BehaviorOptions media = BehaviorOptions.builder()
                .origin(caching.mediaOrigin())
                .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                .allowedMethods(AllowedMethods.ALLOW_GET_HEAD)
                .cachePolicy(caching.media())
                .responseHeadersPolicy(mediaHeaders)
                // MP4 and JPEG are compressed already.
                .compress(false)
                .functionAssociations(List.of(FunctionAssociation.builder()
                        .function(caching.mediaPath()).eventType(FunctionEventType.VIEWER_REQUEST).build()))
                .build();
        distribution = Distribution.Builder.create(this, "Distribution")
                .comment("ANB Rising Stars Showcase")
                .defaultBehavior(uncached)
                .priceClass(PriceClass.PRICE_CLASS_100)
                .webAclId(webAclArn)
                .build();
        // First match wins: the vote (a POST with credentials) before the cached reads that share its prefix.
        distribution.addBehavior(VOTE_PATH, app, uncached);
        distribution.addBehavior(PUBLIC_VIDEOS_PATH, app, appBehavior(app, hsts, caching.publicReadsPerViewer(),
                AllowedMethods.ALLOW_GET_HEAD_OPTIONS));
        distribution.addBehavior(PUBLIC_READS_PATH, app, appBehavior(app, hsts, caching.publicReads(),
                AllowedMethods.ALLOW_GET_HEAD_OPTIONS));
        for (String path : EdgeCaching.MEDIA_PATHS) {
            distribution.addBehavior(path, caching.mediaOrigin(), media);
        }
        Nag.suppress(distribution, "CFR1", "A public contest: no country is excluded.");
        Nag.suppress(distribution, "CFR3", "The ALB's access logs record every request CloudFront forwards; "
                + "CloudFront's standard logs need an ACL-enabled bucket, which this project never creates.");
        Nag.suppress(distribution, "CFR4", "The default *.cloudfront.net certificate cannot pin a TLS version; "
                + "give certificateArn for TLS 1.2+ on the ALB.");
        Nag.suppress(distribution, "CFR5", "The origin is reached over HTTP only (the ALB has no certificate in "
                + "this mode), so no SSL protocol is negotiated with it; give certificateArn for TLS end to end.");
    }

    /**
     * To the app with every viewer header and CloudFront's own (CloudFront-Forwarded-Proto tells the app the viewer
     * used HTTPS). Authorization reaches the app only where the cache policy keys on it (or caching is off).
     */
    private static BehaviorOptions appBehavior(IOrigin app, ResponseHeadersPolicy hsts, ICachePolicy cache,
                                               AllowedMethods methods) {
        return BehaviorOptions.builder()
                .origin(app)
                .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                .allowedMethods(methods)
                .cachedMethods(CachedMethods.CACHE_GET_HEAD)
                .cachePolicy(cache)
                .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_AND_CLOUDFRONT_2022)
                .responseHeadersPolicy(hsts)
                .build();
    }

    String domainName() {
        return distribution.getDistributionDomainName();
    }

    Distribution distribution() {
        return distribution;
    }
}
