package co.anb.showcase.web;

import co.anb.showcase.shared.ProblemCodes;
import co.anb.showcase.shared.UploadLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload whose declared length is already over the limit, before a byte of it is read. Tomcat would
 * otherwise read (and drop) it up to its swallow limit, and past that reset the connection, so the client would see
 * a broken pipe instead of our message. Bodies without a declared length are cut off while the form is read.
 */
class OversizeUploadFilter extends OncePerRequestFilter {

    static final String UPLOAD_PATH = "/api/videos/upload";

    private final UploadLimits limits;
    private final long maxRequestBytes;
    private final ProblemWriter problems;

    OversizeUploadFilter(UploadLimits limits, ProblemWriter problems) {
        this.limits = limits;
        this.maxRequestBytes = limits.maxRequestBytes();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !UPLOAD_PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, ProblemCodes.PAYLOAD_TOO_LARGE,
                    limits.tooLargeMessage());
            return;
        }
        chain.doFilter(request, response);
    }
}
