package co.anb.showcase.videos;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.ProblemCodes;
import co.anb.showcase.shared.UploadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;

/**
 * The upload form as the parser delivers it: the first {@code title} part kept in memory (up to its limit), the first
 * {@code video_file} part written to a temporary file, other parts counted and dropped. A limit passed or a broken
 * form is kept as the refusal to answer; {@link #close()} deletes the file, whatever happened.
 */
final class ReceivedForm extends MultiPart.AbstractPartsListener implements AutoCloseable {

    static final String TOO_MANY_PARTS = "El formulario tiene demasiadas partes; se esperan 'title' y 'video_file'.";
    static final String PART_HEADER_TOO_LARGE = "El encabezado de una parte del formulario es demasiado grande.";
    static final String TITLE_FIELD_TOO_LARGE = "El campo 'title' supera los %d bytes.";
    static final String TITLE_NOT_UTF8 = "El título no es texto UTF-8 válido.";

    private enum Target { TITLE, FILE, NOTHING }

    private final UploadLimits limits;
    private final Path tempDir;
    private final ByteArrayOutputStream title = new ByteArrayOutputStream();
    private boolean titleSeen;
    private SpooledFile file;
    private int parts;
    private Target target = Target.NOTHING;
    private boolean complete;
    private ApiException refusal;
    private IOException failure;

    ReceivedForm(UploadLimits limits, Path tempDir) {
        this.limits = limits;
        this.tempDir = tempDir;
    }

    /** The title as sent, or empty when the form had none. */
    Optional<String> title() {
        if (!titleSeen) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(title.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("invalid_title", TITLE_NOT_UTF8);
        }
    }

    /** The file part's bytes, or empty when the form had none. */
    Optional<Path> file() {
        return Optional.ofNullable(file).map(SpooledFile::path);
    }

    long fileSize() {
        return file == null ? 0 : file.size();
    }

    @Override
    public void onPartBegin() {
        if (++parts > limits.maxParts()) {
            refuse(ApiException.badRequest("too_many_parts", TOO_MANY_PARTS));
        }
    }

    @Override
    public void onPartHeaders() {
        if (refusal != null) {
            return;
        }
        if ("title".equals(getName()) && !titleSeen) {
            titleSeen = true;
            target = Target.TITLE;
        } else if ("video_file".equals(getName()) && file == null) {
            target = Target.FILE;
            try {
                file = SpooledFile.createIn(tempDir);
            } catch (IOException e) {
                failure = e;
            }
        } else {
            target = Target.NOTHING;
        }
    }

    /** Consumed before returning, so not retained; the parser releases what it created (Jetty 12.1). */
    @Override
    public void onPartContent(Content.Chunk chunk) {
        try {
            if (refusal == null && failure == null) {
                keep(chunk.getByteBuffer());
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    @Override
    public void onPart(String name, String fileName, HttpFields headers) {
        try {
            if (target == Target.FILE && file != null) {
                file.finish();
            }
        } catch (IOException e) {
            failure = e;
        }
        target = Target.NOTHING;
    }

    @Override
    public void onComplete() {
        complete = true;
    }

    /** The parser's own refusals: the part header limit (its only {@code IllegalStateException}) or broken syntax. */
    @Override
    public void onFailure(Throwable cause) {
        refuse(cause instanceof IllegalStateException
                ? ApiException.badRequest(ProblemCodes.MALFORMED_REQUEST, PART_HEADER_TOO_LARGE)
                : ApiException.badRequest(ProblemCodes.MALFORMED_REQUEST, UploadFormReader.BAD_MULTIPART));
    }

    void throwIfRefused() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (refusal != null) {
            throw refusal;
        }
    }

    /** The form, once its closing boundary was read. */
    ReceivedForm complete() {
        if (!complete) {
            throw ApiException.badRequest(ProblemCodes.MALFORMED_REQUEST, UploadFormReader.BAD_MULTIPART);
        }
        return this;
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }

    private void keep(ByteBuffer bytes) throws IOException {
        switch (target) {
            case TITLE -> {
                if (title.size() + bytes.remaining() > limits.maxTitleField().toBytes()) {
                    refuse(ApiException.badRequest(ProblemCodes.MALFORMED_REQUEST,
                            TITLE_FIELD_TOO_LARGE.formatted(limits.maxTitleField().toBytes())));
                    return;
                }
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                title.writeBytes(copy);
            }
            case FILE -> {
                if (file.size() + bytes.remaining() > limits.maxSize().toBytes()) {
                    refuse(ApiException.badRequest(ProblemCodes.PAYLOAD_TOO_LARGE, limits.tooLargeMessage()));
                    return;
                }
                file.write(bytes);
            }
            case NOTHING -> {
                // another part: counted against the request's size, not kept
            }
        }
    }

    private void refuse(ApiException problem) {
        if (refusal == null) {
            refusal = problem;
        }
    }
}
