package co.anb.showcase.videos;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Where a video is in its life: {@code uploaded → processing → processed}, or {@code failed}. {@code processed}
 * means published for voting. Each status knows which statuses may lead to it, and every change is made with a
 * conditional update on those, so a change that raced with another one simply does not apply.
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

    /**
     * The statuses a video may move to this one from. {@code processing → processing} is allowed because a job is
     * delivered at least once: a worker that picks up a redelivered job after a crash starts again.
     */
    Set<VideoStatus> allowedFrom() {
        return switch (this) {
            case UPLOADED -> Set.of();
            case PROCESSING -> Set.of(UPLOADED, PROCESSING);
            case PROCESSED -> Set.of(PROCESSING);
            case FAILED -> Set.of(UPLOADED, PROCESSING);
        };
    }

    static VideoStatus of(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown video status " + value));
    }
}
