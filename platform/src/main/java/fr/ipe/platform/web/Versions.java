package fr.ipe.platform.web;

import fr.ipe.platform.domain.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** An aggregate's version as an HTTP entity tag: {@code ETag: "3"}, and back from {@code If-Match}. */
public final class Versions {
    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header expects, or null when there is none (or it is {@code *}). If-Match
     * compares entity tags strongly (RFC 9110, section 13.1.1): a weak tag such as {@code W/"3"} never matches, so it
     * is refused with 412 whatever the resource's version.
     */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            throw new ErrorResponseException(HttpStatus.PRECONDITION_FAILED, Problems.ofField(
                    HttpStatus.PRECONDITION_FAILED, "weak-if-match", "Precondition failed", "If-Match",
                    "If-Match compares entity tags strongly (RFC 9110): a weak tag such as " + tag
                            + " never matches; send the ETag as it was read, such as \"3\""), null);
        }
        tag = tag.replace("\"", "");
        if (!tag.matches("[0-9]{1,18}")) {
            throw new RuleViolation(RuleViolation.Kind.UNPROCESSABLE, "invalid-if-match", "If-Match",
                    "If-Match must be the ETag of the resource, such as \"3\"");
        }
        return Long.parseLong(tag);
    }
}
