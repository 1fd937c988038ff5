package co.anb.showcase.storage;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The local stand-in for the CDN: serves published media from the store under {@code /media/processed/{id}.mp4}
 * and {@code /media/thumbnails/{id}.jpg}, with HTTP Range (the video element seeks with it) and a year-long,
 * immutable cache lifetime (the bytes behind a key never change: a video is rendered once). Names are checked
 * against the only shapes the worker writes, so no other key of the bucket (originals above all) is reachable.
 */
@Hidden
@RestController
class PublishedMediaController {

    private static final Pattern UUID_NAME = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    /** One byte range, as the video element asks for them; anything else is not served rather than guessed. */
    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d{1,15}-\\d{0,15}|-\\d{1,15})");
    private static final CacheControl FOREVER = CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic()
            .immutable();

    private final S3Client s3;
    private final StorageProperties properties;

    PublishedMediaController(S3Client s3, StorageProperties properties) {
        this.s3 = s3;
        this.properties = properties;
    }

    @GetMapping("/media/processed/{id}.mp4")
    ResponseEntity<StreamingResponseBody> video(@PathVariable String id,
                                                @RequestHeader(value = HttpHeaders.RANGE, required = false) String range) {
        return serve("processed/", id, ".mp4", range);
    }

    @GetMapping("/media/thumbnails/{id}.jpg")
    ResponseEntity<StreamingResponseBody> thumbnail(@PathVariable String id,
                                                    @RequestHeader(value = HttpHeaders.RANGE, required = false)
                                                    String range) {
        return serve("thumbnails/", id, ".jpg", range);
    }

    private ResponseEntity<StreamingResponseBody> serve(String prefix, String id, String suffix, String range) {
        if (!UUID_NAME.matcher(id).matches() || (range != null && !SINGLE_RANGE.matcher(range).matches())) {
            return ResponseEntity.notFound().build();
        }
        ResponseInputStream<GetObjectResponse> object;
        try {
            object = s3.getObject(get -> get.bucket(properties.bucket()).key(prefix + id + suffix).range(range));
        } catch (NoSuchKeyException e) {
            return ResponseEntity.notFound().build();
        } catch (S3Exception e) {
            if (e.statusCode() == HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value()) {
                return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE).build();
            }
            throw e;
        }
        GetObjectResponse head = object.response();
        var answer = ResponseEntity.status(head.contentRange() == null ? HttpStatus.OK : HttpStatus.PARTIAL_CONTENT)
                .cacheControl(FOREVER)
                .eTag(head.eTag())
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_TYPE, suffix.equals(".mp4") ? "video/mp4" : "image/jpeg")
                .contentLength(head.contentLength());
        if (head.contentRange() != null) {
            answer = answer.header(HttpHeaders.CONTENT_RANGE, head.contentRange());
        }
        return answer.body(out -> {
            try (object) {
                object.transferTo(out);
            }
        });
    }
}
