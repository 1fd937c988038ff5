package co.anb.showcase.storage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

@Component
class S3ObjectStore implements ObjectStore {

    /** A few hundred bytes each: a bounded few MB whatever the traffic. */
    private static final int PRESIGNED_URLS_KEPT = 10_000;

    private final S3Client s3;
    private final S3Presigner presigner;
    private final StorageProperties properties;
    private final Cache<String, String> presignedUrls;

    S3ObjectStore(S3Client s3, S3Presigner presigner, StorageProperties properties) {
        this.s3 = s3;
        this.presigner = presigner;
        this.properties = properties;
        this.presignedUrls = Caffeine.newBuilder().expireAfterWrite(properties.urlTtl().dividedBy(2))
                .maximumSize(PRESIGNED_URLS_KEPT).build();
    }

    @Override
    public void put(String key, Path file, String contentType) {
        s3.putObject(request -> request.bucket(properties.bucket()).key(key).contentType(contentType),
                RequestBody.fromFile(file));
    }

    @Override
    public void download(String key, Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        s3.getObject(request -> request.bucket(properties.bucket()).key(key), ResponseTransformer.toFile(target));
    }

    @Override
    public void delete(String... keys) {
        // One call per key: DeleteObjects needs a Content-MD5 that not every S3-compatible store accepts.
        Arrays.stream(keys).forEach(key -> s3.deleteObject(request -> request.bucket(properties.bucket()).key(key)));
    }

    /** Presigned; a URL is reused while at least half of its lifetime is left, so a reload signs nothing. */
    @Override
    public String url(String key) {
        return presignedUrls.get(key, this::presign);
    }

    private String presign(String key) {
        return presigner.presignGetObject(request -> request
                        .signatureDuration(properties.urlTtl())
                        .getObjectRequest(get -> get.bucket(properties.bucket()).key(key)))
                .url().toString();
    }
}
