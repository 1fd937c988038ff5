package co.anb.showcase.videos;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a video is in its life: {@code uploaded → processing → processed}, or {@code failed}. {@code processed}
 * means published for voting. Every change is a conditional update ({@link VideoLifecycle}), so a change that raced
 * with another one simply does not apply.
 */
public enum VideoStatus {

    UPLOADED,
    PROCESSING,
    PROCESSED,
    FAILED;

    /** The name stored in the database and sent to clients. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static VideoStatus of(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown video status " + value));
    }
}
