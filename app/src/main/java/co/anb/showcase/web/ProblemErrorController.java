package co.anb.showcase.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page: what a filter could not handle (an exception thrown before Spring MVC, a {@code
 * sendError}) is forwarded here and answered as a problem, in place of Boot's {@code /error} JSON, which has
 * neither {@code detail} nor {@code code}.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final RequestFaults faults;

    ProblemErrorController(RequestFaults faults) {
        this.faults = faults;
    }

    /** Answers any Accept header: the content type is set, so no negotiation can turn the problem into a 406. */
    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (error instanceof Throwable thrown) {
            var fault = faults.classify(thrown);
            if (fault.isPresent()) {
                return respond(fault.get());
            }
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // requested directly, /error is just an unknown page
        HttpStatusCode code = status instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.NOT_FOUND;
        return respond(Problems.generic(code));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail body) {
        return ResponseEntity.status(body.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
