package co.anb.showcase.voting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The anonymous gallery's kept answers: who gets one, what it carries, and what is never kept. */
class AnonymousListingFilterTest {

    private final AtomicInteger rendered = new AtomicInteger();
    private int status = 200;
    private AnonymousListingResponses responses;
    private AnonymousListingFilter filter;

    /** Stands for security, MVC and the ETag filter: numbers each answer it renders. */
    private final FilterChain app = (request, response) -> {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(status);
        http.setContentType("application/json");
        http.setHeader("ETag", "\"e1\"");
        http.addHeader("Vary", "Authorization");
        http.addHeader("Vary", "Origin");
        http.setHeader("Content-Security-Policy", "default-src 'self'");
        http.getOutputStream().write(("[{\"render\":" + rendered.incrementAndGet() + "}]")
                .getBytes(StandardCharsets.UTF_8));
    };

    @BeforeEach
    void setUp() {
        responses = new AnonymousListingResponses(new PublicVideosProperties(Duration.ofMinutes(1), 100));
        filter = new AnonymousListingFilter(responses);
    }

    @Test
    void aRepeatedAnonymousRequestGetsTheKeptAnswerWithItsHeaders() throws Exception {
        MockHttpServletResponse first = send(request("page=1"));
        MockHttpServletResponse second = send(request("page=1"));

        assertThat(rendered).hasValue(1);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo("[{\"render\":1}]");
        assertThat(second.getContentType()).isEqualTo("application/json");
        assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
        assertThat(second.getHeaders("Vary")).containsExactly("Authorization", "Origin");
        assertThat(second.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
        assertThat(second.getHeader("ETag")).isEqualTo("\"e1\"");
    }

    @Test
    void aMatchingIfNoneMatchGetsA304WithoutBody() throws Exception {
        send(request("page=1"));
        MockHttpServletRequest revalidation = request("page=1");
        revalidation.addHeader("If-None-Match", "\"e1\"");

        MockHttpServletResponse answer = send(revalidation);

        assertThat(answer.getStatus()).isEqualTo(304);
        assertThat(answer.getContentAsByteArray()).isEmpty();
        assertThat(answer.getHeader("ETag")).isEqualTo("\"e1\"");
        assertThat(rendered).hasValue(1);
    }

    @Test
    void ifNoneMatchIsReadAsAListOfTags() throws Exception {
        send(request("page=1"));

        assertThat(revalidate("\"e0\", W/\"e1\"").getStatus()).as("a weak match in a list").isEqualTo(304);
        assertThat(revalidate("\"e10\"").getStatus()).as("another tag").isEqualTo(200);
        assertThat(rendered).hasValue(1);
    }

    private MockHttpServletResponse revalidate(String ifNoneMatch) throws Exception {
        MockHttpServletRequest revalidation = request("page=1");
        revalidation.addHeader("If-None-Match", ifNoneMatch);
        return send(revalidation);
    }

    @Test
    void anythingOutsideTheKeyIsRenderedEveryTime() throws Exception {
        send(request("page=1"));
        for (String header : new String[] {"Authorization", "Cookie", "Origin"}) {
            MockHttpServletRequest personal = request("page=1");
            personal.addHeader(header, "x");
            assertThat(send(personal).getContentAsString()).as(header).doesNotContain("\"render\":1}");
        }
        MockHttpServletRequest head = request("page=1");
        head.setMethod("HEAD");
        send(head);
        assertThat(rendered).hasValue(5);

        send(request("page=2"));
        MockHttpServletRequest otherAccept = request("page=1");
        otherAccept.addHeader("Accept", "text/csv");
        send(otherAccept);
        MockHttpServletRequest overHttps = request("page=1");
        overHttps.setScheme("https");
        send(overHttps);
        assertThat(rendered).hasValue(8);
    }

    @Test
    void anAnswerRenderedWhileTheListingChangedIsNotKept() throws Exception {
        FilterChain voteDuringRender = (request, response) -> {
            responses.clear();
            app.doFilter(request, response);
        };
        filter.doFilter(request("page=1"), new MockHttpServletResponse(), voteDuringRender);

        assertThat(send(request("page=1")).getContentAsString()).isEqualTo("[{\"render\":2}]");
        assertThat(send(request("page=1")).getContentAsString()).isEqualTo("[{\"render\":2}]");
    }

    @Test
    void onlyA200IsKeptAndClearingForgetsIt() throws Exception {
        status = 400;
        send(request("limit=x"));
        send(request("limit=x"));
        assertThat(rendered).hasValue(2);

        status = 200;
        send(request("page=1"));
        responses.clear();
        assertThat(send(request("page=1")).getContentAsString()).isEqualTo("[{\"render\":4}]");
    }

    private MockHttpServletRequest request(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/public/videos");
        request.setQueryString(query);
        return request;
    }

    private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, app);
        return response;
    }
}
