package fr.ipe.platform.web;

import fr.ipe.platform.domain.RuleViolation;

/** An aggregate's version as an HTTP entity tag: {@code ETag: "3"}, and back from {@code If-Match}. */
public final class Versions {
    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header expects, or null when there is none (or it is {@code *}). */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (!tag.matches("[0-9]{1,18}")) {
            throw new RuleViolation(RuleViolation.Kind.UNPROCESSABLE, "invalid-if-match", "If-Match",
                    "If-Match must be the ETag of the resource, such as \"3\"");
        }
        return Long.parseLong(tag);
    }
}
