package co.anb.showcase.videos;

import co.anb.showcase.ApiClient;
import co.anb.showcase.local.LocalStack;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Drives a direct upload as the browser does: start, PUT each part to its presigned URL, complete. */
final class DirectUploadClient {

    static final String UPLOADS = "/api/videos/uploads";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ApiClient api;
    private final String token;

    DirectUploadClient(ApiClient api, String token) {
        this.api = api;
        this.token = token;
    }

    ApiClient.Response start(String title, Path file) {
        return start(title, file.getFileName().toString(), size(file), "video/mp4");
    }

    ApiClient.Response start(String title, String filename, long size, String contentType) {
        return api.postJson(UPLOADS, token, Map.of("title", title, "filename", filename, "size", size,
                "content_type", contentType));
    }

    /** PUTs the given parts of {@code file} to their URLs; @return their ETags by part number */
    Map<Integer, String> sendParts(Iterable<JsonNode> urls, long partSize, Path file) {
        Map<Integer, String> etags = new TreeMap<>();
        for (JsonNode part : urls) {
            int number = part.get("part_number").asInt();
            etags.put(number, put(part.get("url").asString(), bytes(file, (number - 1) * partSize, partSize)));
        }
        return etags;
    }

    ApiClient.Response complete(String uploadId, Map<Integer, String> etags) {
        List<Map<String, Object>> parts = new ArrayList<>();
        etags.forEach((number, etag) -> parts.add(Map.of("part_number", number, "etag", etag)));
        return api.postJson(UPLOADS + "/" + uploadId + "/complete", token, Map.of("parts", parts));
    }

    /** Start, send every part, complete. */
    ApiClient.Response upload(String title, Path file) {
        JsonNode started = start(title, file).json();
        Map<Integer, String> etags = sendParts(started.get("parts"), started.get("part_size").asLong(), file);
        return complete(started.get("upload_id").asString(), etags);
    }

    /** Multipart uploads the store holds open in the bucket, whoever started them. */
    static List<String> openInStore() {
        return StackClients.s3().listMultipartUploads(list -> list.bucket(LocalStack.BUCKET)).uploads().stream()
                .map(upload -> upload.uploadId()).toList();
    }

    static String put(String url, byte[] body) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("part PUT answered " + response.statusCode());
            }
            return response.headers().firstValue("ETag").orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Path file, long offset, long max) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.min(max, in.length() - offset)];
            in.seek(offset);
            in.readFully(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
