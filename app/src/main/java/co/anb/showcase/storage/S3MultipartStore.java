package co.anb.showcase.storage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

@Component
class S3MultipartStore implements MultipartStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    S3MultipartStore(S3Client s3, S3Presigner presigner, StorageProperties properties) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = properties.bucket();
    }

    @Override
    public String start(String key, String contentType) {
        return s3.createMultipartUpload(request -> request.bucket(bucket).key(key).contentType(contentType))
                .uploadId();
    }

    @Override
    public String partUrl(String key, String uploadId, int partNumber, Duration ttl) {
        return presigner.presignUploadPart(request -> request.signatureDuration(ttl)
                        .uploadPartRequest(part -> part.bucket(bucket).key(key).uploadId(uploadId)
                                .partNumber(partNumber)))
                .url().toString();
    }

    @Override
    public List<StoredPart> parts(String key, String uploadId) {
        List<StoredPart> parts = new ArrayList<>();
        Integer marker = null;
        ListPartsResponse page;
        do {
            Integer after = marker;
            try {
                page = s3.listParts(request -> request.bucket(bucket).key(key).uploadId(uploadId)
                        .partNumberMarker(after));
            } catch (NoSuchUploadException e) {
                throw new UploadGoneException("no multipart upload " + uploadId + " for " + key, e);
            }
            page.parts().forEach(part -> parts.add(new StoredPart(part.partNumber(), part.eTag(), part.size())));
            marker = page.nextPartNumberMarker();
        } while (Boolean.TRUE.equals(page.isTruncated()));
        return parts;
    }

    @Override
    public void complete(String key, String uploadId, List<StoredPart> parts) {
        List<CompletedPart> completed = parts.stream()
                .map(part -> CompletedPart.builder().partNumber(part.partNumber()).eTag(part.etag()).build())
                .toList();
        try {
            s3.completeMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(completed)));
        } catch (NoSuchUploadException e) {
            throw new UploadGoneException("no multipart upload " + uploadId + " for " + key, e);
        } catch (S3Exception e) {
            if (e.statusCode() != 400) {
                throw e;
            }
            throw new PartsRefusedException("the store refused the parts of " + key + ": "
                    + e.awsErrorDetails().errorCode(), e);
        }
    }

    @Override
    public void abort(String key, String uploadId) {
        try {
            s3.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId));
        } catch (NoSuchUploadException e) {
            // completed or aborted already: nothing left to drop
        }
    }

    @Override
    public long size(String key) {
        return s3.headObject(request -> request.bucket(bucket).key(key)).contentLength();
    }

    @Override
    public byte[] read(String key, long offset, int length) {
        String range = "bytes=%d-%d".formatted(offset, offset + length - 1);
        return s3.getObjectAsBytes(request -> request.bucket(bucket).key(key).range(range)).asByteArray();
    }
}
