package co.anb.showcase.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The upload size limit. One number feeds both the servlet container's multipart limit and the message a client
 * sees, so the two cannot disagree.
 */
@ConfigurationProperties(prefix = "anb.upload")
public record UploadLimits(@DefaultValue("100MB") DataSize maxSize) {

    public String tooLargeMessage() {
        return "El archivo supera el tamaño máximo permitido de %d MB.".formatted(maxSize.toMegabytes());
    }
}
