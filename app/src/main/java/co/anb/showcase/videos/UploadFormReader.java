package co.anb.showcase.videos;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.ProblemCodes;
import co.anb.showcase.shared.UploadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads the upload form (SPEC §2: {@code title} and {@code video_file}) from the request body as it arrives, the file
 * part straight into a temporary file. Jetty's multipart parser finds the boundary by skipping through the bytes
 * (Boyer–Moore–Horspool); the servlet container's parser compared every byte and then spooled the part a few KB at a
 * time, about a quarter of an upload's CPU (docs/capacity.md §9). Every limit of {@link UploadLimits} holds while reading:
 * the read stops at the first byte past one, and what was written is deleted.
 */
@Component
class UploadFormReader {

    static final String BAD_MULTIPART =
            "El formulario multipart no es válido: le falta el separador (boundary) o está incompleto.";

    /** RFC 2046 §5.1.1. */
    private static final int MAX_BOUNDARY = 70;

    /** Large reads keep the parser's calls and the file's writes few; one buffer per upload in progress. */
    private static final int READ_BYTES = 64 * 1024;

    private final UploadLimits limits;

    UploadFormReader(UploadLimits limits) {
        this.limits = limits;
    }

    /** {@link #read(String, InputStream, Path)} into the JVM's temporary directory. */
    ReceivedForm read(String contentType, InputStream body) throws IOException {
        return read(contentType, body, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * @param contentType the request's, with its {@code boundary} parameter
     * @param body        the request body
     * @param tempDir     where the file part is written
     * @return the form as received; the caller closes it, which deletes the file
     */
    ReceivedForm read(String contentType, InputStream body, Path tempDir) throws IOException {
        ReceivedForm form = new ReceivedForm(limits, tempDir);
        MultiPart.Parser parser = new MultiPart.Parser(boundary(contentType), form);
        parser.setPartHeadersMaxLength(Math.toIntExact(limits.maxPartHeader().toBytes()));
        try {
            byte[] bytes = new byte[READ_BYTES];
            long total = 0;
            for (int read = receive(body, bytes); read >= 0; read = receive(body, bytes)) {
                total += read;
                if (total > limits.maxRequestBytes()) {
                    throw ApiException.badRequest(ProblemCodes.PAYLOAD_TOO_LARGE, limits.tooLargeMessage());
                }
                parser.parse(Content.Chunk.from(ByteBuffer.wrap(bytes, 0, read), false));
                // the parser keeps going after a listener refuses; the refusal is raised here, before the next read
                form.throwIfRefused();
            }
            parser.parse(Content.Chunk.EOF);
            form.throwIfRefused();
            return form.complete();
        } catch (IOException | RuntimeException e) {
            form.close();
            throw e;
        }
    }

    /** A body that breaks off (the client went away, or sent too slowly) is the client's incomplete form. */
    private static int receive(InputStream body, byte[] bytes) {
        try {
            return body.read(bytes);
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, BAD_MULTIPART, e);
        }
    }

    private static String boundary(String contentType) {
        String boundary;
        try {
            boundary = contentType == null ? null : MediaType.parseMediaType(contentType).getParameter("boundary");
        } catch (InvalidMediaTypeException e) {
            boundary = null;
        }
        // in quotes, it may hold characters a bare parameter may not
        if (boundary != null && boundary.length() > 1 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
            boundary = boundary.substring(1, boundary.length() - 1);
        }
        if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY) {
            throw ApiException.badRequest(ProblemCodes.MALFORMED_REQUEST, BAD_MULTIPART);
        }
        return boundary;
    }
}
