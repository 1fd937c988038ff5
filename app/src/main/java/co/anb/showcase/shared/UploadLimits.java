package co.anb.showcase.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The upload form's limits. The file's size feeds both the checks and the message a client sees, so the two cannot
 * disagree; the rest bound what a hostile form can make the node read before it is refused.
 *
 * @param maxSize        the video file
 * @param envelope       room around a file of the maximum size: the title, part headers, boundaries
 * @param maxParts       the form has two parts (title, video_file)
 * @param maxPartHeader  each part's header block is a line or two
 * @param maxTitleField  the title's bytes as sent, before its 200 characters are counted
 */
@ConfigurationProperties(prefix = "anb.upload")
public record UploadLimits(
        @DefaultValue("100MB") DataSize maxSize,
        @DefaultValue("1MB") DataSize envelope,
        @DefaultValue("10") int maxParts,
        @DefaultValue("512B") DataSize maxPartHeader,
        @DefaultValue("16KB") DataSize maxTitleField) {

    /** The most a whole upload request may carry. */
    public long maxRequestBytes() {
        return maxSize.toBytes() + envelope.toBytes();
    }

    public String tooLargeMessage() {
        return "El archivo supera el tamaño máximo permitido de %d MB.".formatted(maxSize.toMegabytes());
    }
}
