package fr.ipe.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import fr.ipe.platform.bounds.Bounds;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The strict reading of request bodies, on a copy of the application's mapper so that Axon's event serializer and
 * the Kafka codec keep reading what they stored: no trailing content, duplicate keys refused, no number for a date
 * or an enum, no fraction for an integer, no coercion between scalars (a string for a boolean or a number, a number
 * or a boolean for a string), no control characters nor lone surrogates in text ({@link RequestText}) and dates
 * written {@code yyyy-MM-dd} within {@link Bounds#FIRST_DATE}..{@link Bounds#LAST_DATE}. A null or absent
 * primitive keeps its default (Jackson cannot refuse the one without the other for records): a required field is
 * a wrapper with {@code @NotNull}.
 */
public final class RequestJson {

    public static final String DATE_RULE = "date-out-of-range";
    public static final String DUPLICATE_KEY_RULE = "duplicate-key";
    /** How Jackson's {@link JsonParser.Feature#STRICT_DUPLICATE_DETECTION} begins its refusal (pinned by a test). */
    static final String DUPLICATE_KEY_MESSAGE = "Duplicate field '";
    /** How Jackson begins its refusal of bytes that are not UTF-8, a lone surrogate's included (pinned by a test). */
    static final String INVALID_UTF8_MESSAGE = "Invalid UTF-8";

    private RequestJson() {
    }

    public static ObjectMapper strict(ObjectMapper application) {
        ObjectMapper strict = application.copy();
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);
        strict.setDefaultLeniency(false);
        strict.coercionConfigDefaults().setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail);
        refuse(strict, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(strict, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(strict, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float);
        refuse(strict, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(strict, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        strict.registerModule(new SimpleModule("ipe-strict-requests")
                .addDeserializer(String.class, new Text())
                .addDeserializer(LocalDate.class, new Date()));
        return strict;
    }

    /**
     * Where a parser is in the document, written as the problems name fields ({@code parties[0].role}); null at the
     * top level, before any field.
     */
    static String pathOf(JsonStreamContext context) {
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.getCurrentName() != null) {
                segments.push("." + at.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.isEmpty() ? null : path.startsWith(".") ? path.substring(1) : path;
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Only a JSON string is text, and it holds no control character nor half of a surrogate pair. */
    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            RequestText.Refusal refusal = RequestText.refusalOfText(text);
            if (refusal != null) {
                throw new RejectedInputException(p, String.class, refusal.rule(), refusal.message());
            }
            return text;
        }
    }

    /** A date is a string {@code yyyy-MM-dd} naming a real day inside the documented window. */
    static final class Date extends StdScalarDeserializer<LocalDate> {
        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            LocalDate date;
            try {
                date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException notADay) {
                throw ctxt.weirdStringException(text, LocalDate.class, "must be a real day written yyyy-MM-dd");
            }
            if (!Bounds.withinDateWindow(date)) {
                throw new RejectedInputException(p, LocalDate.class, DATE_RULE,
                        "must be within " + Bounds.FIRST_DATE + ".." + Bounds.LAST_DATE);
            }
            return date;
        }
    }
}
