package co.anb.showcase.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the CloudFront mode the address Tomcat resolves from X-Forwarded-For is a CloudFront edge's, shared by every
 * viewer that edge serves, so per-address throttles, vote limits and the audit's address hashes would lump them
 * together. CloudFront names the viewer itself in {@code CloudFront-Viewer-Address} ({@code ip:port}; a viewer
 * cannot set it, and the ALB admits only CloudFront's origin-facing servers), and this filter makes that address the
 * request's remote address. Configured by {@code anb.web.viewer-address-header} (the infra sets it in that mode
 * only); without it, or with a value that is not an address, the request passes unchanged.
 */
final class ViewerAddressFilter extends OncePerRequestFilter {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final String header;

    ViewerAddressFilter(String header) {
        this.header = header;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String viewer = header.isBlank() ? null : addressOf(request.getHeader(header));
        chain.doFilter(viewer == null ? request : new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return viewer;
            }

            @Override
            public String getRemoteHost() {
                return viewer;
            }
        }, response);
    }

    /** {@code 198.51.100.7:46532} → {@code 198.51.100.7}; {@code 2001:db8::7:443} → {@code 2001:db8::7}. */
    static String addressOf(String value) {
        int port = value == null ? -1 : value.lastIndexOf(':');
        if (port <= 0) {
            return null;
        }
        String address = value.substring(0, port).trim();
        return ADDRESS.matcher(address).matches() ? address : null;
    }
}
