package co.anb.showcase.videos;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Uploads from the browser straight to the store.
 *
 * @param partSize        bytes per part; S3 needs at least 5 MB for every part but the last
 * @param urlTtl          how long a presigned part URL works; a resumed upload gets fresh ones
 * @param uploadTtl       how long an upload stays open; after it, it no longer counts and is aborted
 * @param openPerAccount  uploads an account may have open at once, across nodes
 * @param maxHeaderReads  bytes of the object the checks may read by ranges (box headers and the index)
 */
@ConfigurationProperties(prefix = "anb.direct-upload")
@Validated
record DirectUploadProperties(
        @DefaultValue("8MB") DataSize partSize,
        @DefaultValue("1h") Duration urlTtl,
        @DefaultValue("6h") Duration uploadTtl,
        @Min(1) @DefaultValue("2") int openPerAccount,
        @DefaultValue("16MB") DataSize maxHeaderReads) {
}
