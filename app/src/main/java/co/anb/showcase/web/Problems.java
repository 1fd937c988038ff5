package co.anb.showcase.web;

import co.anb.showcase.shared.ProblemCodes;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Problem bodies and the Spanish wording used when nothing more specific is known about an error, e.g. a framework
 * exception this app has no handler for, or a request the servlet container refused before the app saw it.
 */
final class Problems {

    static final String CODE = "code";
    static final String INTERNAL = "Ocurrió un error interno. Intenta de nuevo más tarde.";

    private Problems() {
    }

    static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setProperty(CODE, code);
        return body;
    }

    /** With the generic code and wording of the status. */
    static ProblemDetail generic(HttpStatusCode status) {
        return of(status, ProblemCodes.forStatus(status.value()), genericDetail(status.value()));
    }

    static String genericDetail(int status) {
        return switch (status) {
            case 400 -> "La solicitud no es válida.";
            case 401 -> SecurityConfig.TOKEN_REQUIRED;
            case 403 -> SecurityConfig.FORBIDDEN;
            case 404 -> "Recurso no encontrado.";
            case 405 -> "Método no permitido en esta ruta.";
            case 406 -> "No se puede responder en el formato pedido (cabecera Accept): la API responde JSON.";
            case 413 -> "La solicitud supera el tamaño máximo permitido.";
            case 414 -> "La URL de la solicitud es demasiado larga.";
            case 415 -> "Tipo de contenido no soportado.";
            case 429 -> "Demasiadas solicitudes. Intenta de nuevo más tarde.";
            case 431 -> "Los encabezados de la solicitud son demasiado grandes.";
            case 503 -> "El servicio no está disponible en este momento. Intenta de nuevo más tarde.";
            default -> status >= 500 ? INTERNAL : "La solicitud no se pudo atender.";
        };
    }
}
