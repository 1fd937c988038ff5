package co.anb.showcase.web;

import co.anb.showcase.shared.ProblemCodes;
import co.anb.showcase.shared.UploadLimits;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;

/**
 * Names the client's mistake behind an exception the servlet container raised while reading the request: query
 * parameters that are not UTF-8, a multipart body without a boundary or cut before its end, too many parts. Without
 * this they surface as unexplained 500s, or, for part counts, as "file too large".
 */
@Component
class RequestFaults {

    static final String QUERY_ENCODING = "Los parámetros de la URL no son texto UTF-8 válido.";
    static final String BAD_PARAMETERS = "Los parámetros de la solicitud no son válidos o son demasiados.";
    static final String TOO_MANY_PARTS = "El formulario tiene demasiadas partes; se esperan 'title' y 'video_file'.";
    static final String PART_HEADER_TOO_LARGE = "El encabezado de una parte del formulario es demasiado grande.";
    static final String BAD_MULTIPART =
            "El formulario multipart no es válido: le falta el separador (boundary) o está incompleto.";

    private final UploadLimits uploadLimits;

    RequestFaults(UploadLimits uploadLimits) {
        this.uploadLimits = uploadLimits;
    }

    /** The problem to answer when {@code error} (or one of its causes) is such a fault; empty otherwise. */
    Optional<ProblemDetail> classify(Throwable error) {
        // the most telling cause first: a part count or size limit is also a multipart and a parameter failure
        for (Throwable cause : causes(error)) {
            if (cause instanceof FileCountLimitExceededException) {
                return Optional.of(badRequest("too_many_parts", TOO_MANY_PARTS));
            }
            // the same exception says a part's header block passed its (small) limit
            if (cause instanceof SizeException size && size.getPermittedSize() < uploadLimits.maxSize().toBytes()) {
                return Optional.of(badRequest(ProblemCodes.MALFORMED_REQUEST, PART_HEADER_TOO_LARGE));
            }
            if (cause instanceof SizeException) {
                return Optional.of(badRequest(ProblemCodes.PAYLOAD_TOO_LARGE, uploadLimits.tooLargeMessage()));
            }
        }
        for (Throwable cause : causes(error)) {
            if (cause instanceof FileUploadException || cause instanceof MultipartException) {
                return Optional.of(badRequest(ProblemCodes.MALFORMED_REQUEST, BAD_MULTIPART));
            }
        }
        for (Throwable cause : causes(error)) {
            if (cause instanceof InvalidParameterException invalid) {
                return Optional.of(badRequest(ProblemCodes.MALFORMED_REQUEST,
                        invalid.getCause() instanceof CharacterCodingException ? QUERY_ENCODING : BAD_PARAMETERS));
            }
        }
        return Optional.empty();
    }

    private static List<Throwable> causes(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = error; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static ProblemDetail badRequest(String code, String detail) {
        return Problems.of(HttpStatus.BAD_REQUEST, code, detail);
    }
}
