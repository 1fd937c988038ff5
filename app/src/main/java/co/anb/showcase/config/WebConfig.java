package co.anb.showcase.config;

import co.anb.showcase.shared.UploadLimits;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class WebConfig {

    /** Room for the multipart envelope and the title around a file of the maximum size. */
    private static final long ENVELOPE_BYTES = DataSize.ofMegabytes(1).toBytes();

    /**
     * Parts are written to disk from the first byte (threshold 0), so a 100 MB upload never sits on the heap, and
     * the container enforces the size limit while streaming.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(UploadLimits limits) {
        long max = limits.maxSize().toBytes();
        return new MultipartConfigElement(null, max, max + ENVELOPE_BYTES, 0);
    }
}
