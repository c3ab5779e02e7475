package fr.ipe.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;

/**
 * Builds, from a service's OpenAPI document, a well-formed request per operation and, from it, requests that each
 * break one input rule: wrong types, missing required fields, numbers out of range or overflowing, fractions for
 * integers, huge and control-character strings, bad dates, unknown enum values, numbers for enums, trailing tokens,
 * duplicate keys, malformed JSON, wrong content types, and hostile path ids and query parameters.
 */
final class HostileRequests {

    /**
     * A request to send; {@code invalid} when it was built to break a rule, so that it must never be accepted;
     * {@code roles} are the roles the operation admits (its {@code x-roles}; empty for requests refused before any
     * route is known).
     */
    record Probe(String operation, String case_, String method, String target, List<String> headers, byte[] body,
                 boolean invalid, List<String> roles) {
    }

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final JsonNode api;
    private final SchemaValues values;

    HostileRequests(JsonNode api) {
        this.api = api;
        this.values = new SchemaValues(api);
    }

    List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        operations().forEach(operation -> operation.addTo(probes));
        return probes;
    }

    /**
     * For each operation, what a caller whose role never uses it might send: the well-formed request and requests that
     * break a rule the route itself checks (its body, a parameter); it must be refused with 403 whatever it sends.
     */
    List<Probe> refusals() {
        List<Probe> refusals = new ArrayList<>();
        operations().forEach(operation -> operation.addRefusalsTo(refusals));
        return refusals;
    }

    private List<OperationProbes> operations() {
        List<OperationProbes> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(new OperationProbes(method.toUpperCase(), path.getKey(), operation));
                }
            }
        }
        return operations;
    }

    /** The probes of one operation. */
    private final class OperationProbes {
        private final String method;
        private final String template;
        private final String name;
        private final List<JsonNode> pathParameters = new ArrayList<>();
        private final List<JsonNode> queryParameters = new ArrayList<>();
        private final JsonNode bodySchema;
        private final List<String> roles = new ArrayList<>();
        /** The first media type the request body may have, if it has one. */
        private final String mediaType;
        /** The media type of its answer (JSON, or CSV, PDF, PNG, an event stream). */
        private final String answers;

        OperationProbes(String method, String template, JsonNode operation) {
            this.method = method;
            this.template = template;
            this.name = method + " " + template;
            operation.path("x-roles").forEach(role -> roles.add(role.asText()));
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode resolved = values.resolve(parameter);
                switch (resolved.path("in").asText()) {
                    case "path" -> pathParameters.add(resolved);
                    case "query" -> queryParameters.add(resolved);
                    default -> { }
                }
            }
            JsonNode content = values.resolve(operation.path("requestBody")).path("content");
            this.mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
            JsonNode success = operation.path("responses").path("200").path("content");
            this.answers = success.fieldNames().hasNext() ? success.fieldNames().next() : "application/json";
            JsonNode json = content.has("application/json") ? content.get("application/json") : null;
            this.bodySchema = json == null ? null : values.resolve(json.path("schema"));
        }

        void addTo(List<Probe> probes) {
            String validTarget = target(null, null, null, null);
            String validBody = bodySchema == null ? null : values.valid(bodySchema).toString();
            probes.add(probe("well-formed", validTarget, json(), validBody, false));

            for (JsonNode parameter : pathParameters) {
                String param = parameter.path("name").asText();
                for (String hostile : List.of("%25", "%00", "%0A", "%1B", "%", "%zz", "..%2F..%2Fetc", "a".repeat(10_000),
                        "%C0%AF", "%FF%FE", "%ED%A0%80")) {
                    probes.add(probe("path " + param + "=" + RawHttp.abbreviate(hostile),
                            target(param, hostile, null, null), json(), validBody, true));
                }
            }
            for (JsonNode parameter : queryParameters) {
                String param = parameter.path("name").asText();
                JsonNode schema = values.resolve(parameter.path("schema"));
                for (String hostile : SchemaValues.queryValuesBreaking(schema)) {
                    probes.add(probe("query " + param + "=" + RawHttp.abbreviate(hostile),
                            target(null, null, param, hostile), json(), validBody, true));
                }
            }
            if (bodySchema == null) {
                return;
            }
            for (String malformed : List.of("", "{", "{\"", "[", "nul", "{\"a\":}", "\"text\"", "42", "[]", "{}}",
                    "{\"a\" 1}", "\u0000", "{\"x\":1,}")) {
                probes.add(probe("malformed body " + RawHttp.abbreviate(malformed), validTarget, json(), malformed,
                        !malformed.equals("[]") || !"array".equals(bodySchema.path("type").asText())));
            }
            probes.add(probe("trailing tokens", validTarget, json(), validBody + " {\"x\":1}", true));
            probes.add(probe("trailing garbage", validTarget, json(), validBody + "garbage", true));
            if (validBody.startsWith("{\"")) {
                String first = validBody.substring(1, validBody.indexOf(',') > 0 ? validBody.indexOf(',') : validBody.length() - 1);
                probes.add(probe("duplicate key", validTarget, json(), "{" + first + "," + validBody.substring(1), true));
                probes.add(probe("unknown field", validTarget, json(), "{\"notAField\":1," + validBody.substring(1), true));
            }
            for (String contentType : List.of("text/plain", "application/xml", "garbage", "application/json; charset=bogus",
                    "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "*/*", "application/")) {
                probes.add(probe("content-type " + contentType, validTarget, List.of("Content-Type: " + contentType),
                        contentType.startsWith("multipart") ? "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--y"
                                : validBody, true));
            }
            probes.add(probe("no content-type", validTarget, List.of(), validBody, true));
            probes.add(probe("accept image/png", validTarget, List.of("Content-Type: application/json", "Accept: image/png"),
                    validBody, true));
            ObjectNode base = (ObjectNode) values.valid(bodySchema).deepCopy();
            walk(base, bodySchema, "", base, (label, body) -> probes.add(probe(label, validTarget, json(), body, true)));
        }

        /** The well-formed request, then with its body empty and with one field's rule broken, or a parameter's. */
        void addRefusalsTo(List<Probe> refusals) {
            String validTarget = target(null, null, null, null);
            // a body that is not JSON (a CSV file) is sent as its own media type, and the answer accepted as what the
            // operation produces, for the request to reach its route
            List<String> headers = List.of("Content-Type: " + (bodySchema == null && mediaType != null ? mediaType
                    : "application/json"), "Accept: " + answers + ", application/problem+json");
            String validBody = bodySchema != null ? values.valid(bodySchema).toString() : mediaType != null ? "x" : null;
            refusals.add(probe("well-formed", validTarget, headers, validBody, false));
            if (bodySchema != null) {
                refusals.add(probe("empty object", validTarget, json(), "{}", true));
                List<Probe> broken = new ArrayList<>();
                ObjectNode base = (ObjectNode) values.valid(bodySchema).deepCopy();
                walk(base, bodySchema, "", base, (label, body) -> broken.add(probe(label, validTarget, json(), body, true)));
                if (!broken.isEmpty()) {
                    // random on each run; the probe's label names the field and the rule broken
                    refusals.add(broken.get(Arbitraries.integers().between(0, broken.size() - 1).sample()));
                }
            }
            for (JsonNode parameter : queryParameters) {
                String param = parameter.path("name").asText();
                // the control characters and bad escapes among them are refused before any route is known
                SchemaValues.queryValuesBreaking(values.resolve(parameter.path("schema"))).stream().filter(value -> !value.contains("%"))
                        .findFirst().ifPresent(value -> refusals.add(probe("query " + param + "="
                                + RawHttp.abbreviate(value), target(null, null, param, value), headers, validBody, true)));
            }
            for (JsonNode parameter : pathParameters) {
                String param = parameter.path("name").asText();
                refusals.add(probe("path " + param + " of 200 characters", target(param, "a".repeat(200), null, null),
                        headers, validBody, true));
            }
        }

        /** For each field of {@code node} (described by {@code schema}), the whole body with one of its rules broken. */
        private void walk(JsonNode node, JsonNode schema, String prefix, JsonNode root,
                          BiConsumer<String, String> emit) {
            if (!(node instanceof ObjectNode object)) {
                return;
            }
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            JsonNode properties = schema.path("properties");
            for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                JsonNode fieldSchema = values.resolve(properties.get(field));
                String label = prefix + field;
                JsonNode original = object.get(field);
                if (required.contains(field)) {
                    object.remove(field);
                    emit.accept(label + " missing", root.toString());
                    object.putNull(field);
                    emit.accept(label + " null", root.toString());
                }
                for (Map.Entry<String, JsonNode> bad : values.broken(fieldSchema).entrySet()) {
                    object.set(field, bad.getValue());
                    emit.accept(label + " " + bad.getKey(), root.toString());
                }
                restore(object, field, original);
                JsonNode value = object.get(field);
                if (value instanceof ObjectNode) {
                    walk(value, fieldSchema, label + ".", root, emit);
                } else if (value instanceof ArrayNode array && !array.isEmpty() && array.get(0) instanceof ObjectNode) {
                    walk(array.get(0), values.resolve(fieldSchema.path("items")), label + "[0].", root, emit);
                }
            }
        }

        private void restore(ObjectNode object, String field, JsonNode original) {
            if (original == null) {
                object.remove(field);
            } else {
                object.set(field, original);
            }
        }

        private Probe probe(String case_, String target, List<String> headers, String body, boolean invalid) {
            List<String> all = new ArrayList<>(headers);
            return new Probe(name, case_, method, target, all, body == null ? null : SchemaValues.bytes(body), invalid,
                    List.copyOf(roles));
        }

        private List<String> json() {
            return List.of("Content-Type: application/json", "Accept: application/json");
        }

        /** The operation's path with every path parameter set (one of them hostile), and at most one query parameter. */
        private String target(String hostileParam, String hostileRaw, String queryParam, String queryRaw) {
            String path = template;
            for (JsonNode parameter : pathParameters) {
                String param = parameter.path("name").asText();
                String value = param.equals(hostileParam) ? hostileRaw : UUID.randomUUID().toString();
                path = path.replace("{" + param + "}", value);
            }
            return queryParam == null ? path : path + "?" + queryParam + "=" + queryRaw;
        }
    }
}
