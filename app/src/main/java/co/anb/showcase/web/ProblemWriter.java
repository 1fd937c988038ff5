package co.anb.showcase.web;

import co.anb.showcase.shared.ProblemCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem from a servlet filter, where Spring MVC and {@code ApiExceptionHandler} have not run
 * yet (security and the firewall answer before them).
 */
final class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    /** With the generic code of the status. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(request, response, status, ProblemCodes.forStatus(status.value()), detail);
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
               String detail) throws IOException {
        if (hasBody(request)) {
            // The body was not read: closing tells the client to stop sending it. Without this, a client still
            // streaming a large upload waits for the container's idle timeout before it sees our answer.
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), Map.of(
                "type", "about:blank",
                "title", status.getReasonPhrase(),
                "status", status.value(),
                "detail", detail,
                Problems.CODE, code,
                "instance", request.getRequestURI()));
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }
}
