package co.anb.showcase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Both public listings (#7 and #9) refuse bad paging and filter values with the same clear 400. */
@IntegrationTest
class ListingParametersApiTest {

    private static final String BAD_PAGE = "El parámetro 'page' debe ser un número entero mayor o igual a 1.";
    private static final String BAD_LIMIT = "El parámetro 'limit' debe ser un número entero entre 1 y 100.";
    private static final String BAD_CITY = "El parámetro 'city' admite máximo 100 caracteres.";

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    static Stream<String> listings() {
        return Stream.of("/api/public/videos", "/api/public/rankings");
    }

    static Stream<Arguments> badParameters() {
        return listings().flatMap(listing -> Stream.of(
                Arguments.of(listing, "page", "0", BAD_PAGE),
                Arguments.of(listing, "page", "-1", BAD_PAGE),
                Arguments.of(listing, "page", "abc", BAD_PAGE),
                Arguments.of(listing, "page", "1.5", BAD_PAGE),
                Arguments.of(listing, "page", "99999999999", BAD_PAGE),
                Arguments.of(listing, "limit", "0", BAD_LIMIT),
                Arguments.of(listing, "limit", "-1", BAD_LIMIT),
                Arguments.of(listing, "limit", "abc", BAD_LIMIT),
                Arguments.of(listing, "limit", "101", BAD_LIMIT),
                Arguments.of(listing, "limit", "1000", BAD_LIMIT),
                Arguments.of(listing, "city", "x".repeat(101), BAD_CITY)));
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @MethodSource("badParameters")
    void rejectsABadValueWithAClearMessage(String listing, String parameter, String value, String message) {
        var response = api.get(listing + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
                null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.detail()).isEqualTo(message);
    }

    @ParameterizedTest
    @MethodSource("listings")
    void acceptsTheLimitBoundsAndAnEmptyLastPage(String listing) {
        assertThat(api.get(listing + "?limit=1", null).status()).isEqualTo(200);
        assertThat(api.get(listing + "?limit=100&page=1", null).status()).isEqualTo(200);
        var farPage = api.get(listing + "?page=1000", null);
        assertThat(farPage.status()).isEqualTo(200);
        assertThat(farPage.json().isEmpty()).isTrue();
    }
}
