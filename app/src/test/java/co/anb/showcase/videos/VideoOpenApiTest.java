package co.anb.showcase.videos;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Swagger UI at /docs can send an upload: the description declares a multipart form with a file and a title. */
@IntegrationTest
class VideoOpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void uploadIsDescribedAsMultipartFormWithFileAndTitle() {
        JsonNode docs = new ApiClient(port).get("/v3/api-docs", null).json();
        JsonNode upload = docs.path("paths").path("/api/videos/upload").path("post");
        JsonNode form = upload.path("requestBody").path("content").path("multipart/form-data").path("schema");
        if (form.has("$ref")) {
            String name = form.get("$ref").asString().substring("#/components/schemas/".length());
            form = docs.path("components").path("schemas").path(name);
        }

        assertThat(form.path("properties").path("video_file").path("format").asString()).isEqualTo("binary");
        // Swagger UI shows a file picker for a binary multipart field only in an OpenAPI 3.0 document
        assertThat(docs.path("openapi").asString()).startsWith("3.0");
        assertThat(form.path("properties").has("title")).isTrue();
        assertThat(form.path("required").toString()).contains("video_file").contains("title");
        assertThat(upload.path("parameters").isMissingNode() || upload.path("parameters").isEmpty()).isTrue();
        assertThat(docs.path("paths").has("/api/videos/{video_id}")).isTrue();
    }
}
