package co.anb.showcase.videos;

import co.anb.showcase.media.MediaInfo;
import co.anb.showcase.media.MediaProbe;
import co.anb.showcase.media.Mp4Container;
import co.anb.showcase.media.UnreadableMediaException;
import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.PlainText;
import co.anb.showcase.shared.ProblemCodes;
import co.anb.showcase.shared.UploadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The upload rules of SPEC §3, in the order a player should hear about them: title, file present, MP4 by content
 * (its index included), size, then what the media says (duration, resolution). Each rule answers 400 with a
 * message that says what was wrong with this file, e.g. its actual duration.
 */
@Component
class UploadValidator {

    static final String TITLE_REQUIRED = "El título es obligatorio (campo 'title').";
    static final String TITLE_LENGTH = "El título debe tener entre 1 y %d caracteres; tiene %d.";
    static final String TITLE_CONTROL =
            "El título no puede contener caracteres de control ni marcas de dirección del texto.";
    static final String FILE_REQUIRED = "El archivo de video es obligatorio (campo 'video_file').";
    static final String FILE_EMPTY = "El archivo de video está vacío.";
    static final String NOT_MP4 = "El archivo no es un video MP4 válido.";
    static final String QUICKTIME = "El archivo es un video QuickTime (.mov); se requiere un video MP4.";
    static final String INCOMPLETE = "El archivo MP4 está incompleto o dañado (¿se interrumpió la subida?).";
    static final String BROKEN_INDEX = "El índice del archivo MP4 no corresponde a su contenido: declara muestras,"
            + " tamaños o posiciones que el archivo no tiene.";
    static final String NO_MEDIA = "El archivo MP4 no contiene video: no tiene una pista de video con muestras ni"
            + " datos de medios.";
    static final String UNREADABLE = "No se pudo leer el video: el archivo está dañado o no contiene video.";
    static final String DURATION = "El video dura %s s; la duración debe estar entre %s y %s segundos.";
    static final String RESOLUTION =
            "La resolución del video es %d×%d; se requiere mínimo %dp (lado corto ≥ %d px).";

    /** The file itself is not an acceptable video: empty, not MP4, QuickTime, cut short or unreadable. */
    static final String INVALID_VIDEO = "invalid_video";

    private static final Logger log = LoggerFactory.getLogger(UploadValidator.class);
    private static final Locale SPANISH = Locale.forLanguageTag("es-CO");

    private final VideoRules rules;
    private final UploadLimits limits;
    private final MediaProbe probe;

    UploadValidator(VideoRules rules, UploadLimits limits, MediaProbe probe) {
        this.rules = rules;
        this.limits = limits;
        this.probe = probe;
    }

    /** @return the title to store: the one given, without surrounding whitespace */
    String title(String raw) {
        String title = raw == null ? "" : raw.strip();
        if (title.isEmpty()) {
            throw ApiException.badRequest("invalid_title", TITLE_REQUIRED);
        }
        int length = title.codePointCount(0, title.length());
        if (length > rules.titleMaxLength()) {
            throw ApiException.badRequest("invalid_title", TITLE_LENGTH.formatted(rules.titleMaxLength(), length));
        }
        // PostgreSQL rejects NUL in text; other control characters and direction overrides have no place in a title
        if (!PlainText.isPlain(title)) {
            throw ApiException.badRequest("invalid_title", TITLE_CONTROL);
        }
        return title;
    }

    /** @return the form's file, present and not empty */
    Path filePresent(ReceivedForm form) {
        Path file = form.file().orElseThrow(() -> ApiException.badRequest("video_file_required", FILE_REQUIRED));
        if (form.fileSize() == 0) {
            throw ApiException.badRequest(INVALID_VIDEO, FILE_EMPTY);
        }
        return file;
    }

    /**
     * The container, its index and the size, checked on the bytes received, not on the name or the declared type,
     * and in this process: a file whose index lies about its bytes never reaches an FFmpeg tool.
     */
    Optional<MediaInfo> container(Path file, long size) {
        try {
            return container(Mp4Container.read(file), size);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    /** The same checks on an inspection made elsewhere, e.g. by ranged reads of an object in the store. */
    Optional<MediaInfo> container(Mp4Container.Inspection inspection, long size) {
        Mp4Container.Verdict verdict = inspection.verdict();
        if (verdict == Mp4Container.Verdict.NOT_MP4) {
            throw ApiException.badRequest(INVALID_VIDEO, NOT_MP4);
        }
        if (verdict == Mp4Container.Verdict.QUICKTIME) {
            throw ApiException.badRequest(INVALID_VIDEO, QUICKTIME);
        }
        // the servlet container already refuses larger uploads; this holds if that limit is ever configured apart
        if (size > limits.maxSize().toBytes()) {
            throw ApiException.badRequest(ProblemCodes.PAYLOAD_TOO_LARGE, limits.tooLargeMessage());
        }
        switch (verdict) {
            case INCOMPLETE -> throw ApiException.badRequest(INVALID_VIDEO, INCOMPLETE);
            case BROKEN_INDEX -> {
                log.info("Rejected an upload whose MP4 index is broken: {}", inspection.problem());
                throw ApiException.badRequest(INVALID_VIDEO, BROKEN_INDEX);
            }
            case NO_MEDIA -> throw ApiException.badRequest(INVALID_VIDEO, NO_MEDIA);
            default -> {
                // COMPLETE: the media itself is checked next
            }
        }
        return inspection.header();
    }

    /**
     * Duration and resolution against the rules, as the MP4's own headers state them ({@code header}, read by
     * {@link #container} with no child process); ffprobe, confined, is asked only when the headers do not say
     * (a fragmented MP4). Whether the frames decode is the worker's first step.
     */
    MediaInfo media(Path file, Optional<MediaInfo> header) {
        MediaInfo media;
        try {
            media = header.isPresent() ? header.get() : probe.probe(file);
        } catch (UnreadableMediaException e) {
            log.info("Rejected an unreadable upload: {}", e.getMessage());
            throw ApiException.badRequest(INVALID_VIDEO, UNREADABLE);
        }
        return media(media);
    }

    /** Duration and resolution against the rules, from what the headers or ffprobe said. */
    MediaInfo media(MediaInfo media) {
        double seconds = media.durationSeconds();
        if (seconds < rules.minSeconds() || seconds > rules.maxSeconds()) {
            throw ApiException.badRequest("invalid_video_duration", DURATION.formatted(
                    describeDuration(seconds), number(rules.minSeconds()), number(rules.maxSeconds())));
        }
        if (media.shortSide() < rules.minShortSide()) {
            throw ApiException.badRequest("invalid_video_resolution", RESOLUTION.formatted(
                    media.width(), media.height(), rules.minShortSide(), rules.minShortSide()));
        }
        return media;
    }

    /** One decimal, unless rounding would make a rejected duration read like an accepted one (60.02 → "60,02"). */
    private String describeDuration(double seconds) {
        String oneDecimal = String.format(SPANISH, "%.1f", seconds);
        double shown = Math.round(seconds * 10) / 10.0;
        return shown >= rules.minSeconds() && shown <= rules.maxSeconds()
                ? String.format(SPANISH, "%.3f", seconds) : oneDecimal;
    }

    private static String number(double value) {
        return new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(SPANISH)).format(value);
    }
}
