package fr.ipe.platform.web;

/**
 * What text a request may carry. Control characters (C0 U+0000..U+001F, DEL U+007F and C1 U+0080..U+009F) are
 * refused, except tab, line feed and carriage return, which multi-line fields such as objectives or reasons may hold.
 * NUL in particular cannot be stored by PostgreSQL, and the others only ever come from broken or hostile clients.
 */
public final class RequestText {

    public static final String RULE = "control-character";

    private RequestText() {
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

    static String describe(CharSequence text, int at) {
        return String.format("must not contain control characters (U+%04X at position %d)", (int) text.charAt(at), at);
    }
}
