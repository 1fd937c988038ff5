package co.anb.showcase.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudfront.AccessLevel;
import software.amazon.awscdk.services.cloudfront.CacheHeaderBehavior;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.CacheQueryStringBehavior;
import software.amazon.awscdk.services.cloudfront.Function;
import software.amazon.awscdk.services.cloudfront.FunctionCode;
import software.amazon.awscdk.services.cloudfront.FunctionRuntime;
import software.amazon.awscdk.services.cloudfront.IOrigin;
import software.amazon.awscdk.services.cloudfront.S3OriginAccessControl;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOriginWithOACProps;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * What CloudFront keeps: published media for a year (their bytes never change under a key), public API reads for
 * as long as the app's Cache-Control says (a few seconds). Everything else reaches the app uncached.
 */
final class EdgeCaching extends Construct {

    /** The URL prefixes of published media (the app's MediaUrls), each served from the bucket prefix without /media. */
    static final List<String> MEDIA_PATHS = List.of("/media/processed/*", "/media/thumbnails/*");
    /** Query parameters the public reads take (page, limit, city, sort): the cache key holds exactly these. */
    static final List<String> PUBLIC_QUERY_PARAMETERS = List.of("page", "limit", "city", "sort");
    static final Duration MEDIA_TTL = Duration.days(365);
    /** Used only when the app sends no Cache-Control; its public reads say max-age=5 themselves. */
    static final Duration PUBLIC_READ_DEFAULT_TTL = Duration.seconds(5);
    static final Duration PUBLIC_READ_MAX_TTL = Duration.minutes(1);

    private final IOrigin mediaOrigin;
    private final Function mediaPath;
    private final CachePolicy media;
    private final CachePolicy publicReads;
    private final CachePolicy publicReadsPerViewer;

    EdgeCaching(Construct scope, String id, IBucket mediaBucket) {
        super(scope, id);
        // Origin access control signs CloudFront's requests; the bucket policy (DataStack) lets CloudFront read only
        // the published prefixes, so originals and everything else stay private.
        S3OriginAccessControl accessControl = S3OriginAccessControl.Builder.create(this, "MediaAccess")
                .description("CloudFront reads published media of the ANB bucket").build();
        mediaOrigin = S3BucketOrigin.withOriginAccessControl(mediaBucket, S3BucketOriginWithOACProps.builder()
                .originAccessControl(accessControl).originAccessLevels(List.of(AccessLevel.READ)).build());
        // URLs are /media/<key> (the same path the app serves locally); objects are stored under <key>.
        mediaPath = Function.Builder.create(this, "MediaPath")
                .runtime(FunctionRuntime.JS_2_0)
                .comment("Strips /media from published media URLs: the object key is the rest")
                .code(FunctionCode.fromInline("function handler(event) {\n"
                        + "  var request = event.request;\n"
                        + "  request.uri = request.uri.replace(/^\\/media\\//, '/');\n"
                        + "  return request;\n"
                        + "}\n"))
                .build();
        media = CachePolicy.Builder.create(this, "Media")
                .comment("Published media: immutable under their key")
                .minTtl(Duration.days(1)).defaultTtl(MEDIA_TTL).maxTtl(MEDIA_TTL)
                .queryStringBehavior(CacheQueryStringBehavior.none())
                .headerBehavior(CacheHeaderBehavior.none())
                .build();
        publicReads = publicReadPolicy("PublicReads", "Public reads: keyed on their query, no credentials",
                CacheHeaderBehavior.none());
        // /api/public/videos adds voted_by_me for a logged-in viewer: Authorization is in its key (and so forwarded),
        // anonymous viewers share one entry, and the app marks personal answers private, which CloudFront never keeps.
        publicReadsPerViewer = publicReadPolicy("PublicReadsPerViewer",
                "Public video list: keyed on its query and the viewer's Authorization",
                CacheHeaderBehavior.allowList("Authorization"));
    }

    private CachePolicy publicReadPolicy(String id, String comment, CacheHeaderBehavior headers) {
        return CachePolicy.Builder.create(this, id)
                .comment(comment)
                // min 0: the app's Cache-Control decides (max-age=5, stale-while-revalidate; private or no-store
                // answers are not kept); the default applies only when it sends none.
                .minTtl(Duration.seconds(0)).defaultTtl(PUBLIC_READ_DEFAULT_TTL).maxTtl(PUBLIC_READ_MAX_TTL)
                .queryStringBehavior(CacheQueryStringBehavior.allowList(
                        PUBLIC_QUERY_PARAMETERS.toArray(String[]::new)))
                .headerBehavior(headers)
                .enableAcceptEncodingGzip(true).enableAcceptEncodingBrotli(true)
                .build();
    }

    IOrigin mediaOrigin() {
        return mediaOrigin;
    }

    Function mediaPath() {
        return mediaPath;
    }

    CachePolicy media() {
        return media;
    }

    CachePolicy publicReads() {
        return publicReads;
    }

    CachePolicy publicReadsPerViewer() {
        return publicReadsPerViewer;
    }
}
