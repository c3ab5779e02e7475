package fr.ipe.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "x".repeat(100_000);
    private static final String[] PATTERN_CANDIDATES = {"lyon", "aix-marseille", "abc", "a", "code-1", "12345678901234",
            "0691234A", "ABC", "A_B", "1", "2024"};
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    /**
     * Stand-ins replaced once a body is serialised (Jackson would write a lone surrogate as {@code ?}): the JSON
     * escape of a lone surrogate, and a lone surrogate as raw bytes (its three-byte form, which UTF-8 forbids).
     */
    private static final String ESCAPED_SURROGATE = "@@escaped-lone-surrogate@@";
    private static final String RAW_SURROGATE = "@@raw-lone-surrogate@@";
    /** Text with at least one refused control character somewhere among ordinary letters. */
    private static final Arbitrary<String> CONTROL_TEXT = Arbitraries.strings()
            .withCharRange('\u0000', '\u001f').withCharRange('\u007f', '\u009f').withCharRange('a', 'z')
            .ofMinLength(1).ofMaxLength(40)
            .filter(text -> text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'));
    /** Real days outside the window 1900-01-01..2199-12-31. */
    private static final Arbitrary<String> DAY_OUT_OF_WINDOW = Combinators.combine(
            Arbitraries.oneOf(Arbitraries.integers().between(1, 1899), Arbitraries.integers().between(2200, 9999)),
            Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
            .as((year, month, day) -> String.format("%04d-%02d-%02d", year, month, day));

    private final JsonNode api;

    HostileRequests(JsonNode api) {
        this.api = api;
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
                JsonNode resolved = resolve(parameter);
                switch (resolved.path("in").asText()) {
                    case "path" -> pathParameters.add(resolved);
                    case "query" -> queryParameters.add(resolved);
                    default -> { }
                }
            }
            JsonNode content = resolve(operation.path("requestBody")).path("content");
            this.mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
            JsonNode success = operation.path("responses").path("200").path("content");
            this.answers = success.fieldNames().hasNext() ? success.fieldNames().next() : "application/json";
            JsonNode json = content.has("application/json") ? content.get("application/json") : null;
            this.bodySchema = json == null ? null : resolve(json.path("schema"));
        }

        void addTo(List<Probe> probes) {
            String validTarget = target(null, null, null, null);
            String validBody = bodySchema == null ? null : valueFor(bodySchema, 0).toString();
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
                JsonNode schema = resolve(parameter.path("schema"));
                for (String hostile : hostileQueryValues(schema)) {
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
            ObjectNode base = (ObjectNode) JSON.valueToTree(valueFor(bodySchema, 0));
            walk(base, bodySchema, "", base, (label, body) -> probes.add(probe(label, validTarget, json(), body, true)));
        }

        /** The well-formed request, then with its body empty and with one field's rule broken, or a parameter's. */
        void addRefusalsTo(List<Probe> refusals) {
            String validTarget = target(null, null, null, null);
            // a body that is not JSON (a CSV file) is sent as its own media type, and the answer accepted as what the
            // operation produces, for the request to reach its route
            List<String> headers = List.of("Content-Type: " + (bodySchema == null && mediaType != null ? mediaType
                    : "application/json"), "Accept: " + answers + ", application/problem+json");
            String validBody = bodySchema != null ? valueFor(bodySchema, 0).toString() : mediaType != null ? "x" : null;
            refusals.add(probe("well-formed", validTarget, headers, validBody, false));
            if (bodySchema != null) {
                refusals.add(probe("empty object", validTarget, json(), "{}", true));
                List<Probe> broken = new ArrayList<>();
                ObjectNode base = (ObjectNode) JSON.valueToTree(valueFor(bodySchema, 0));
                walk(base, bodySchema, "", base, (label, body) -> broken.add(probe(label, validTarget, json(), body, true)));
                if (!broken.isEmpty()) {
                    // random on each run; the probe's label names the field and the rule broken
                    refusals.add(broken.get(Arbitraries.integers().between(0, broken.size() - 1).sample()));
                }
            }
            for (JsonNode parameter : queryParameters) {
                String param = parameter.path("name").asText();
                // the control characters and bad escapes among them are refused before any route is known
                hostileQueryValues(resolve(parameter.path("schema"))).stream().filter(value -> !value.contains("%"))
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
                JsonNode fieldSchema = resolve(properties.get(field));
                String label = prefix + field;
                JsonNode original = object.get(field);
                if (required.contains(field)) {
                    object.remove(field);
                    emit.accept(label + " missing", root.toString());
                    object.putNull(field);
                    emit.accept(label + " null", root.toString());
                }
                for (Map.Entry<String, JsonNode> bad : badValues(fieldSchema).entrySet()) {
                    object.set(field, bad.getValue());
                    emit.accept(label + " " + bad.getKey(), root.toString());
                }
                restore(object, field, original);
                JsonNode value = object.get(field);
                if (value instanceof ObjectNode) {
                    walk(value, fieldSchema, label + ".", root, emit);
                } else if (value instanceof ArrayNode array && !array.isEmpty() && array.get(0) instanceof ObjectNode) {
                    walk(array.get(0), resolve(fieldSchema.path("items")), label + "[0].", root, emit);
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
            return new Probe(name, case_, method, target, all, body == null ? null : bytes(body), invalid,
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

    /** The body's bytes in UTF-8, with the lone surrogates put in where their stand-ins are. */
    private static byte[] bytes(String body) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        String[] parts = body.replace(ESCAPED_SURROGATE, "a\\ud800b").split(RAW_SURROGATE, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                bytes.writeBytes(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'});
            }
            bytes.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Query values (already percent-encoded) that break the parameter's schema or the platform's text rules. */
    private static List<String> hostileQueryValues(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("%00", "a%0Ab", "%1B%5B31m", "%C2%85", "%ED%A0%80", "%FF"));
        switch (schema.path("type").asText()) {
            case "integer" -> values.addAll(List.of("abc", "1.5", "9".repeat(10_000), "9223372036854775808", "-1e3",
                    "%20"));
            case "number" -> values.addAll(List.of("abc", "9".repeat(10_000)));
            case "boolean" -> values.addAll(List.of("maybe", "2"));
            default -> {
                if (schema.has("maxLength")) {
                    values.add("a".repeat(10_000));
                }
                if (schema.has("enum")) {
                    values.addAll(List.of("NOT_A_VALUE", "0"));
                }
                if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher("!!").matches()) {
                    values.add(URLEncoder.encode("!!", StandardCharsets.UTF_8));
                }
            }
        }
        if (schema.has("maximum")) {
            values.add(schema.get("maximum").decimalValue().toBigInteger().add(java.math.BigInteger.ONE).toString());
        }
        if (schema.has("minimum")) {
            values.add(schema.get("minimum").decimalValue().toBigInteger().subtract(java.math.BigInteger.ONE).toString());
        }
        return values;
    }

    /** Values that break a field's schema or the platform's strict reading, by what the field is. */
    private Map<String, JsonNode> badValues(JsonNode schema) {
        Map<String, JsonNode> bad = new java.util.LinkedHashMap<>();
        String type = schema.path("type").asText();
        bad.put("as object", NODES.objectNode().put("x", 1));
        if (!"array".equals(type)) {
            bad.put("as array", NODES.arrayNode().add(1));
        }
        switch (type) {
            case "integer", "number" -> {
                bad.put("as string", NODES.textNode("12"));
                bad.put("as boolean", NODES.booleanNode(true));
                bad.put("overflowing", NODES.numberNode(new java.math.BigInteger("9".repeat(30))));
                bad.put("10 000 digits", NODES.numberNode(new java.math.BigInteger("9".repeat(10_000))));
                if ("integer".equals(type)) {
                    bad.put("fraction", NODES.numberNode(new java.math.BigDecimal("100.99")));
                    bad.put("exponent fraction", NODES.numberNode(new java.math.BigDecimal("1.5E0")));
                }
                if (schema.has("maximum")) {
                    java.math.BigInteger maximum = schema.get("maximum").decimalValue().toBigInteger();
                    bad.put("above maximum", NODES.numberNode(maximum.add(java.math.BigInteger.ONE)));
                    java.math.BigInteger above = Arbitraries.bigIntegers().between(maximum.add(java.math.BigInteger.ONE),
                            maximum.multiply(java.math.BigInteger.TEN).add(java.math.BigInteger.TEN.pow(20))).sample();
                    bad.put("random above maximum " + above, NODES.numberNode(above));
                }
                if (schema.has("minimum")) {
                    bad.put("below minimum", NODES.numberNode(schema.get("minimum").decimalValue().toBigInteger()
                            .subtract(java.math.BigInteger.ONE)));
                }
            }
            case "boolean" -> {
                bad.put("as string", NODES.textNode("true"));
                bad.put("as number", NODES.numberNode(1));
            }
            case "string" -> {
                bad.put("as number", NODES.numberNode(12));
                bad.put("as boolean", NODES.booleanNode(false));
                bad.put("NUL", NODES.textNode("a\u0000b"));
                bad.put("escape", NODES.textNode("\u001b[31mred"));
                bad.put("C1 control", NODES.textNode("a\u0085b"));
                bad.put("DEL", NODES.textNode("a\u007fb"));
                bad.put("escaped lone surrogate", NODES.textNode(ESCAPED_SURROGATE));
                bad.put("lone surrogate bytes", NODES.textNode(RAW_SURROGATE));
                // random on each run (jqwik samples outside a property); the label carries the value to replay it
                CONTROL_TEXT.sampleStream().limit(3).forEach(text ->
                        bad.put("random control text " + JSON.valueToTree(text), NODES.textNode(text)));
                if (schema.has("maxLength")) {
                    bad.put("100 KB", NODES.textNode(HUGE));
                }
                if (schema.has("enum")) {
                    bad.put("unknown enum", NODES.textNode("NOT_A_VALUE"));
                    bad.put("enum as number", NODES.numberNode(0));
                    bad.put("enum lower case", NODES.textNode(schema.get("enum").get(0).asText().toLowerCase()));
                }
                if ("date".equals(schema.path("format").asText())) {
                    bad.put("date +999999999-12-31", NODES.textNode("+999999999-12-31"));
                    bad.put("date -999999999-01-01", NODES.textNode("-999999999-01-01"));
                    bad.put("date as number", NODES.numberNode(20310101));
                    bad.put("date 2031-02-30", NODES.textNode("2031-02-30"));
                    bad.put("date 31/12/2031", NODES.textNode("31/12/2031"));
                    bad.put("date 1899-12-31", NODES.textNode("1899-12-31"));
                    bad.put("date 2200-01-01", NODES.textNode("2200-01-01"));
                    bad.put("date empty", NODES.textNode(""));
                    bad.put("date-time", NODES.textNode("2031-01-01T00:00:00Z"));
                    String day = DAY_OUT_OF_WINDOW.sample();
                    bad.put("random day out of window " + day, NODES.textNode(day));
                }
                if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher("!!").matches()) {
                    bad.put("not matching pattern", NODES.textNode("!!"));
                }
            }
            case "array" -> {
                bad.put("as string", NODES.textNode("a"));
                bad.put("with null", NODES.arrayNode().addNull());
                if (schema.has("maxItems") && schema.get("maxItems").asInt() < 1000) {
                    ArrayNode many = NODES.arrayNode();
                    JsonNode item = valueFor(resolve(schema.path("items")), 1);
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        many.add(item.deepCopy());
                    }
                    bad.put("above maxItems", many);
                }
            }
            default -> bad.put("as number", NODES.numberNode(12));
        }
        return bad;
    }

    /** A value that satisfies {@code schema} as far as the document tells. */
    private JsonNode valueFor(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("allOf")) {
            return valueFor(schema.get("allOf").get(0), depth);
        }
        switch (schema.path("type").asText("object")) {
            case "integer", "number" -> {
                long value = schema.has("minimum") ? Math.max(1, schema.get("minimum").asLong()) : 1;
                if (schema.has("maximum")) {
                    value = Math.min(value, schema.get("maximum").asLong());
                }
                return NODES.numberNode(value);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "string" -> {
                return NODES.textNode(stringFor(schema));
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int count = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < count && depth < 5; i++) {
                    array.add(valueFor(schema.path("items"), depth + 1));
                }
                return array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 5) {
                    schema.path("properties").fields().forEachRemaining(p ->
                            object.set(p.getKey(), valueFor(p.getValue(), depth + 1)));
                }
                return object;
            }
        }
    }

    private static String stringFor(JsonNode schema) {
        String format = schema.path("format").asText();
        if ("date".equals(format)) {
            return "2020-01-15";
        }
        if ("date-time".equals(format)) {
            return "2020-01-15T10:00:00Z";
        }
        if ("uuid".equals(format)) {
            return UUID.randomUUID().toString();
        }
        int min = schema.path("minLength").asInt(1);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        if (schema.has("pattern")) {
            Pattern pattern = Pattern.compile(schema.get("pattern").asText());
            for (String candidate : PATTERN_CANDIDATES) {
                if (pattern.matcher(candidate).matches() && candidate.length() >= min && candidate.length() <= max) {
                    return candidate;
                }
            }
        }
        return "Texte " + "a".repeat(Math.max(0, Math.min(min, 200) - 6));
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        for (int i = 0; i < 10 && resolved.has("$ref"); i++) {
            String ref = resolved.get("$ref").asText();
            resolved = api.at(ref.substring(1));
        }
        return resolved;
    }
}
