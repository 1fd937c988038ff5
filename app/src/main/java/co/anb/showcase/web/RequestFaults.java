package co.anb.showcase.web;

import co.anb.showcase.shared.ProblemCodes;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Names the client's mistake behind an exception the servlet container raised while reading the request's
 * parameters: not UTF-8, or too many. Without this they surface as unexplained 500s. (The upload form is read by the
 * app itself, {@code videos.UploadFormReader}, with its own answers.)
 */
@Component
class RequestFaults {

    static final String QUERY_ENCODING = "Los parámetros de la URL no son texto UTF-8 válido.";
    static final String BAD_PARAMETERS = "Los parámetros de la solicitud no son válidos o son demasiados.";

    /** The problem to answer when {@code error} (or one of its causes) is such a fault; empty otherwise. */
    Optional<ProblemDetail> classify(Throwable error) {
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
