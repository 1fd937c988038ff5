package co.anb.showcase.media;

import java.time.Duration;

/** A FFmpeg tool ran past its time limit and was killed. */
public class MediaTimeoutException extends RuntimeException {

    public MediaTimeoutException(String tool, Duration timeout) {
        super("%s did not finish within %s and was killed".formatted(tool, timeout));
    }
}
