package co.anb.showcase.admission;

import co.anb.showcase.auth.CurrentUser;
import co.anb.showcase.shared.ProblemCodes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admits an upload before a byte of its body is read (multipart parsing happens later, in the dispatcher): one of
 * this node's upload slots (503 when none is free) and one of the account's, shared by all nodes (429). Both are
 * held while the body streams and the video is stored, and given back when the request ends, however it ends.
 */
class UploadAdmissionFilter extends OncePerRequestFilter {

    /** A node at its upload limit: the client should retry shortly, possibly on another node. */
    static final String SERVICE_BUSY = "service_busy";

    static final String UPLOAD_PATH = "/api/videos/upload";
    static final String ACCOUNT_BUSY =
            "Ya tienes %d subidas en curso. Espera a que terminen antes de subir otro video.";
    static final String NODE_BUSY =
            "El servidor está recibiendo demasiados videos en este momento. Intenta de nuevo en unos segundos.";

    private final Semaphore nodeSlots;
    private final UploadLeases leases;
    private final AdmissionProperties properties;
    private final JsonMapper json;

    UploadAdmissionFilter(Semaphore nodeSlots, UploadLeases leases, AdmissionProperties properties, JsonMapper json) {
        this.nodeSlots = nodeSlots;
        this.leases = leases;
        this.properties = properties;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !UPLOAD_PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !(caller.getPrincipal() instanceof Jwt token)) {
            chain.doFilter(request, response); // security has already answered 401
            return;
        }
        if (!nodeSlots.tryAcquire()) {
            refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, NODE_BUSY, properties.nodeRetryAfter());
            return;
        }
        try {
            Optional<UUID> lease = leases.tryAcquire(CurrentUser.id(token));
            if (lease.isEmpty()) {
                refuse(request, response, HttpStatus.TOO_MANY_REQUESTS,
                        ACCOUNT_BUSY.formatted(properties.uploadsPerAccount()), properties.accountRetryAfter());
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                leases.release(lease.get());
            }
        } finally {
            nodeSlots.release();
        }
    }

    /** The body stays unread: the connection closes after the answer ({@link RefusedUploadValve}). */
    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
                        Duration retryAfter) throws IOException {
        request.setAttribute(RefusedUploadValve.DROP_BODY, Boolean.TRUE);
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), Map.of("type", "about:blank", "title", status.getReasonPhrase(),
                "status", status.value(), "detail", detail, "instance", request.getRequestURI(),
                "code", status == HttpStatus.TOO_MANY_REQUESTS ? ProblemCodes.RATE_LIMITED : SERVICE_BUSY));
    }
}
