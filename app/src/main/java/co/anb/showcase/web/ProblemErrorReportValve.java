package co.anb.showcase.web;

import co.anb.showcase.shared.ProblemCodes;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own refusals, made before any servlet, filter or Spring handler runs (a header block over the limit, a
 * URL with {@code %00} or bytes that are not UTF-8), answered as the API's problems instead of Tomcat's HTML page.
 * Installed in place of Tomcat's error report valve by {@link ContainerErrorConfig}.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    static final String HEADERS_TOO_LARGE =
            "La URL o los encabezados de la solicitud superan el tamaño máximo permitido.";
    static final String BAD_URL = "La URL o los encabezados de la solicitud no son válidos.";

    private final JsonMapper json;

    ProblemErrorReportValve(JsonMapper json) {
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        HttpStatus known = HttpStatus.resolve(status);
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", detail(status, throwable));
        body.put(Problems.CODE, code(status, throwable));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                json.writeValue(writer, body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException | tools.jackson.core.JacksonException e) {
            // the client is gone or the response is already closed: nothing more to tell it
        }
    }

    private static String code(int status, Throwable throwable) {
        if (isHeaderTooLarge(throwable)) {
            return "request_header_too_large";
        }
        return status == 400 ? ProblemCodes.MALFORMED_REQUEST : ProblemCodes.forStatus(status);
    }

    private static String detail(int status, Throwable throwable) {
        if (isHeaderTooLarge(throwable)) {
            return HEADERS_TOO_LARGE;
        }
        return status == 400 ? BAD_URL : Problems.genericDetail(status);
    }

    /** Tomcat's words when the request line and headers do not fit {@code server.max-http-request-header-size}. */
    private static boolean isHeaderTooLarge(Throwable throwable) {
        return throwable != null && String.valueOf(throwable.getMessage()).contains("too large");
    }
}
