package fr.ipe.testkit.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Calls an API over real HTTP as a front-end would, and reads JSON answers. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, JsonNode body, String text) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public Response get(String path, String bearer) {
        return send(builder(path, bearer).GET());
    }

    /** {@code body}: JSON text as a string, exact bytes as a {@code byte[]}, or anything else written as JSON. */
    public Response post(String path, String bearer, Object body, String... headers) {
        HttpRequest.Builder request = builder(path, bearer).header("Content-Type", "application/json")
                .POST(body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Response put(String path, String bearer, Object body) {
        return send(builder(path, bearer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body))));
    }

    public Response delete(String path, String bearer) {
        return send(builder(path, bearer).DELETE());
    }

    private HttpRequest.Builder builder(String path, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", bearer.startsWith("Bearer ") ? bearer : "Bearer " + bearer);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            if (!response.body().isBlank()) {
                try {
                    body = JSON.readTree(response.body());
                } catch (IOException notJson) {
                    body = null;
                }
            }
            return new Response(response.statusCode(), response.headers().map(), body, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
