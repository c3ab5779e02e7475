package fr.ipe.testkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.platform.web.DocumentedErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a service's OpenAPI document is one a front-end team can work from: every operation has a summary and
 * a description and lists the roles that may call it ({@value #ROLES}), every request body has an example, and every
 * error the conventions give is documented as {@code application/problem+json}. Lists every defect at once, so a service fixes them in one go.
 */
public final class OpenApiQuality {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    /** The extension listing the roles that may call an operation. */
    public static final String ROLES = "x-roles";
    /** Nested schemas are followed this deep when looking for examples; deeper means a cycle. */
    private static final int MAX_DEPTH = 8;

    private OpenApiQuality() {
    }

    /**
     * Reads {@code /v3/api-docs} of the service on {@code port}, keeps it as {@code target/openapi.json} (the module's
     * build directory, for front-end teams and for review), and fails with every defect found.
     */
    public static void assertServiceDocumented(int port) {
        JsonNode document = fetch("http://127.0.0.1:" + port + "/v3/api-docs");
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            try {
                JSON.writerWithDefaultPrettyPrinter().writeValue(target.resolve("openapi.json").toFile(), document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertNoDefects(document);
    }

    public static void assertNoDefects(JsonNode apiDocs) {
        List<String> defects = defects(apiDocs);
        if (!defects.isEmpty()) {
            throw new AssertionError("The API document has " + defects.size() + " defect(s):\n  - "
                    + String.join("\n  - ", defects));
        }
    }

    /** Every defect of the document, one line each, naming the operation. */
    public static List<String> defects(JsonNode apiDocs) {
        List<String> defects = new ArrayList<>();
        JsonNode paths = apiDocs.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = o.next();
                if (METHODS.contains(operation.getKey())) {
                    check(apiDocs, path.getKey(), operation.getKey(), operation.getValue(), defects);
                }
            }
        }
        return defects;
    }

    private static void check(JsonNode doc, String path, String method, JsonNode operation, List<String> defects) {
        String name = method.toUpperCase() + " " + path;
        if (blank(operation.get("summary"))) {
            defects.add(name + ": no summary");
        }
        if (blank(operation.get("description"))) {
            defects.add(name + ": no description (what it does, who may call it, the rule it enforces)");
        }
        if (DocumentedErrors.isApi(path) && operation.path(ROLES).isEmpty()) {
            defects.add(name + ": no " + ROLES + " (the route states no @PreAuthorize rule, so it refuses everyone)");
        }
        JsonNode body = resolve(doc, operation.get("requestBody"));
        if (body != null) {
            JsonNode content = body.path("content");
            if (content.isEmpty()) {
                defects.add(name + ": request body without content");
            }
            content.fields().forEachRemaining(media -> {
                if (!hasExample(doc, media.getValue())) {
                    defects.add(name + ": request body " + media.getKey() + " has no example");
                }
            });
        }
        JsonNode responses = operation.path("responses");
        DocumentedErrors.of(path, method).forEach((status, why) -> {
            if (!responses.has(status)) {
                defects.add(name + ": error response " + status + " not documented (" + why + ")");
            }
        });
        responses.fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                JsonNode content = resolve(doc, response.getValue()).path("content");
                if (content.size() != 1 || !content.has(DocumentedErrors.PROBLEM_JSON)) {
                    List<String> types = new ArrayList<>();
                    content.fieldNames().forEachRemaining(types::add);
                    defects.add(name + ": error response " + response.getKey() + " is " + types + ", not "
                            + DocumentedErrors.PROBLEM_JSON);
                }
            }
        });
    }

    /** An example on the media type, on its schema, or on every required property of the schema. */
    private static boolean hasExample(JsonNode doc, JsonNode mediaType) {
        if (mediaType.hasNonNull("example") || !mediaType.path("examples").isEmpty()) {
            return true;
        }
        return schemaHasExample(doc, mediaType.get("schema"), 0);
    }

    private static boolean schemaHasExample(JsonNode doc, JsonNode schema, int depth) {
        JsonNode resolved = resolve(doc, schema);
        if (resolved == null || depth > MAX_DEPTH) {
            return false;
        }
        if (resolved.hasNonNull("example") || !resolved.path("examples").isEmpty()) {
            return true;
        }
        if (resolved.has("items")) {
            return schemaHasExample(doc, resolved.get("items"), depth + 1);
        }
        JsonNode required = resolved.path("required");
        JsonNode properties = resolved.path("properties");
        if (required.isEmpty() || properties.isEmpty()) {
            return false;
        }
        for (JsonNode property : required) {
            if (!schemaHasExample(doc, properties.get(property.asText()), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** Follows a local {@code $ref} ({@code #/components/...}). */
    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        for (int i = 0; current != null && current.has("$ref") && i < MAX_DEPTH; i++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return null;
            }
            current = doc.at(ref.substring(1));
            if (current.isMissingNode()) {
                return null;
            }
        }
        return current;
    }

    private static boolean blank(JsonNode text) {
        return text == null || text.asText().isBlank();
    }

    private static JsonNode fetch(String url) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
