package co.anb.showcase.voting;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a repeated anonymous {@code GET /api/public/videos} from {@link AnonymousListingResponses}, ahead of the
 * security chain: the gallery is the contest's busiest read, and most of its viewers are not logged in. Only
 * requests whose answer cannot depend on anything outside the key take part: no {@code Authorization}, no cookie
 * and no {@code Origin} (a CORS answer names its origin). A matching {@code If-None-Match} gets a 304, as the ETag
 * filter behind would give.
 */
class AnonymousListingFilter extends OncePerRequestFilter {

    private final AnonymousListingResponses responses;

    AnonymousListingFilter(AnonymousListingResponses responses) {
        this.responses = responses;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getHeader(HttpHeaders.COOKIE) != null || request.getHeader(HttpHeaders.ORIGIN) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the scheme too: an answer over HTTPS carries HSTS, one over HTTP must not
        String key = request.getScheme() + ' ' + request.getRequestURI() + '?' + request.getQueryString() + '|'
                + request.getHeader(HttpHeaders.ACCEPT);
        Optional<AnonymousListingResponses.Answer> kept = responses.find(key);
        if (kept.isPresent()) {
            replay(kept.get(), request, response);
            return;
        }
        long generation = responses.generation();
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorder);
        if (recorder.getStatus() == HttpServletResponse.SC_OK) {
            responses.keep(key, new AnonymousListingResponses.Answer(recorder.getContentType(), headersOf(recorder),
                    recorder.getContentAsByteArray()), generation);
        }
        recorder.copyBodyToResponse();
    }

    private static void replay(AnonymousListingResponses.Answer answer, HttpServletRequest request,
                               HttpServletResponse response) throws IOException {
        answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        String etag = answer.etag();
        // read as Spring's own ETag filter reads it (a list, weak comparison): it sets the 304 when one tag matches
        if (etag != null && new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
                    && !name.equalsIgnoreCase(HttpHeaders.SET_COOKIE)) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        return headers;
    }
}
