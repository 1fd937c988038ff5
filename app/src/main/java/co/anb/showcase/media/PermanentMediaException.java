package co.anb.showcase.media;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The media itself cannot be processed, and trying again would fail again: FFmpeg says the input is invalid or
 * corrupt, it has no video stream, its coding is unsupported, or reading it took a tool to one of its
 * {@link ProcessLimits}. The message is a reason for the player, in Spanish. Failures that are not the file's
 * doing (a wall-clock timeout on a busy machine, a full disk, the store or the queue) are not of this kind and are
 * retried.
 */
public class PermanentMediaException extends Exception {

    /** What FFmpeg writes when the input, not the machine, is at fault (matched without regard to case). */
    private static final List<String> BAD_INPUT_SIGNS = List.of(
            "invalid data found when processing input",
            "moov atom not found",
            "matches no streams",
            "does not contain any stream",
            "no decoder found",
            "could not find codec parameters",
            "error while decoding",
            "invalid nal unit",
            "corrupt");

    private final String details;

    public PermanentMediaException(String reason) {
        this(reason, "");
    }

    private PermanentMediaException(String reason, String details) {
        super(reason);
        this.details = details;
    }

    /** The failed run's stderr tail, for the log. */
    public String details() {
        return details;
    }

    /**
     * Whether a failed FFmpeg run failed because of its input.
     *
     * @param cause the short cause to quote to the player, e.g. "Invalid data found when processing input"
     */
    public static Optional<PermanentMediaException> of(ProcessOutput failed, String cause) {
        Optional<String> limit = failed.limitReached();
        if (limit.isPresent()) {
            return Optional.of(new PermanentMediaException("El procesamiento del video superó el límite de "
                    + limit.get() + " permitido; el archivo no se puede procesar.", failed.stderrTail()));
        }
        String stderr = failed.stderrTail().toLowerCase(Locale.ROOT);
        if (failed.crashed() || BAD_INPUT_SIGNS.stream().anyMatch(stderr::contains)) {
            return Optional.of(new PermanentMediaException("FFmpeg no pudo procesar el video: el archivo está dañado"
                    + " o no se puede decodificar (" + cause + ").", failed.stderrTail()));
        }
        return Optional.empty();
    }
}
