package fr.ipe.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * What text a request may carry. Control characters (C0 U+0000..U+001F, DEL U+007F and C1 U+0080..U+009F) are
 * refused, except tab, line feed and carriage return, which multi-line fields such as objectives or reasons may hold.
 * NUL in particular cannot be stored by PostgreSQL, and the others only ever come from broken or hostile clients.
 * Half of a surrogate pair (a JSON escape such as {@code \ud800} alone, or its three bytes in a body) is no text at
 * all: stored, it would silently become {@code ?}. Query strings must be UTF-8 once %-decoded (Tomcat refuses a path
 * that is not).
 */
public final class RequestText {

    public static final String RULE = "control-character";
    public static final String SURROGATE_RULE = "unpaired-surrogate";
    public static final String ENCODING_RULE = "not-utf-8";

    private RequestText() {
    }

    /** Why a text is refused: the rule it breaks and a message naming the character and its position. */
    public record Refusal(String rule, String message) {
    }

    /** The index of the first refused control character, or -1. */
    public static int controlCharacterAt(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** For ids, cursors and header values: no control character at all, not even tab or line breaks. */
    public static int anyControlCharacterAt(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first half of a surrogate pair standing alone, or -1. */
    public static int unpairedSurrogateAt(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Text of a body: refused for a control character but tab and line breaks, or a lone surrogate; null if read. */
    public static Refusal refusalOfText(CharSequence text) {
        return refusal(text, controlCharacterAt(text));
    }

    /** An id, a query parameter or a header value: refused for any control character or a lone surrogate. */
    public static Refusal refusalOfToken(CharSequence text) {
        return refusal(text, anyControlCharacterAt(text));
    }

    private static Refusal refusal(CharSequence text, int control) {
        int surrogate = unpairedSurrogateAt(text);
        if (control >= 0 && (surrogate < 0 || control < surrogate)) {
            return new Refusal(RULE, describe(text, control));
        }
        if (surrogate >= 0) {
            return new Refusal(SURROGATE_RULE, String.format("must be Unicode text (U+%04X at position %d is half of "
                    + "a surrogate pair)", (int) text.charAt(surrogate), surrogate));
        }
        return null;
    }

    /**
     * Whether {@code raw}, a query string or a part of it as sent, is UTF-8 once its %-escapes are decoded (a bad
     * escape is left as it is: the container refuses it).
     */
    public static boolean isUtf8WhenDecoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && HexFormat.isHexDigit(raw.charAt(i + 1))
                    && HexFormat.isHexDigit(raw.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    static String describe(CharSequence text, int at) {
        return String.format("must not contain control characters (U+%04X at position %d)", (int) text.charAt(at), at);
    }
}
