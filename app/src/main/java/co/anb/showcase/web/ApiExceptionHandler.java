package co.anb.showcase.web;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.TooManyRequestsException;
import co.anb.showcase.shared.ProblemCodes;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error into an RFC 9457 problem whose {@code detail} is the Spanish message the client shows and whose
 * {@code code} names the error for programs. Framework errors (malformed JSON, wrong types, broken multipart bodies,
 * undecodable query strings) get messages as clear as the domain's own, and any other framework error a Spanish
 * wording of its status instead of Spring's English one.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    static final String MALFORMED_JSON =
            "El cuerpo de la solicitud no es un JSON válido o tiene tipos de datos incorrectos.";

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final RequestFaults faults;

    ApiExceptionHandler(RequestFaults faults) {
        this.faults = faults;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> handleApi(ApiException e) {
        return problem(e.status(), e.code(), e.getMessage());
    }

    /** A throttle shared by all nodes: the client is told when to come back. */
    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<Object> handleTooManyRequests(TooManyRequestsException e) {
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(Problems.of(e.status(), e.code(), e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_PARAMETER,
                "El valor '%s' no es válido para '%s'.".formatted(e.getValue(), e.getName()));
    }

    /** Raised by the container while reading the request: the client's fault, said as such. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> handleUnreadableRequest(Exception e) {
        return faults.classify(e).<ResponseEntity<Object>>map(body -> ResponseEntity.badRequest().body(body))
                .orElseGet(() -> handleUnexpected(e));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception e) {
        var fault = faults.classify(e);
        if (fault.isPresent()) {
            return ResponseEntity.badRequest().body(fault.get());
        }
        log.error("Unhandled error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR, Problems.INTERNAL);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(error -> Map.of(
                        "field", JsonNames.snakeCase(error.getField()),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail body = Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED,
                "La solicitud tiene campos inválidos: " + String.join(", ",
                        errors.stream().map(error -> error.get("field")).distinct().toList()) + ".");
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, MALFORMED_JSON);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemCodes.forStatus(415),
                e.getContentType() == null ? Problems.genericDetail(415)
                        : "Tipo de contenido no soportado: " + e.getContentType() + ".");
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED,
                "Falta el campo obligatorio '%s'.".formatted(e.getRequestPartName()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_PARAMETER,
                "Falta el parámetro obligatorio '%s'.".formatted(e.getParameterName()));
    }

    /** Spring reports every multipart limit this way; the cause tells the file size from the part count. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleUnreadableRequest(e);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, ProblemCodes.forStatus(405),
                "Método %s no permitido en esta ruta.".formatted(e.getMethod()));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND, Problems.genericDetail(404));
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(
            NoHandlerFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND, Problems.genericDetail(404));
    }

    /** Every other framework exception: Spring's English detail replaced by the Spanish one of its status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return super.handleExceptionInternal(e, Problems.generic(status), headers, status, request);
    }

    private static ResponseEntity<Object> problem(HttpStatusCode status, String code, String detail) {
        return ResponseEntity.status(status).body(Problems.of(status, code, detail));
    }
}
