package fr.ipe.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Values for the JSON schemas of a service's OpenAPI document: one that satisfies a schema, those that break it (by
 * type, range, length, pattern, date window, enum, control characters and lone surrogates), and query values that
 * break a parameter's. The requests built from them are {@link HostileRequests}'.
 */
final class SchemaValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "x".repeat(100_000);
    private static final String[] PATTERN_CANDIDATES = {"lyon", "aix-marseille", "abc", "a", "code-1", "12345678901234",
            "0691234A", "ABC", "A_B", "1", "2024"};
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

    SchemaValues(JsonNode api) {
        this.api = api;
    }

    /** The body's bytes in UTF-8, with the lone surrogates put in where their stand-ins are. */
    static byte[] bytes(String body) {
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
    static List<String> queryValuesBreaking(JsonNode schema) {
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
    Map<String, JsonNode> broken(JsonNode schema) {
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
    JsonNode valid(JsonNode schema) {
        return valueFor(schema, 0);
    }

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

    /** The node itself, or what its {@code $ref} names in the document. */
    JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        for (int i = 0; i < 10 && resolved.has("$ref"); i++) {
            String ref = resolved.get("$ref").asText();
            resolved = api.at(ref.substring(1));
        }
        return resolved;
    }
}
