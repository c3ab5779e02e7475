package fr.ipe.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem bodies with a stable {@code type} per rule and the offending fields. */
public final class Problems {

    /** Base of every problem {@code type}; the rule name follows. */
    public static final String TYPE_BASE = "https://ipe-platform.org/problems/";

    private Problems() {
    }

    public static URI type(String rule) {
        return URI.create(TYPE_BASE + rule);
    }

    public static ProblemDetail of(HttpStatusCode status, String rule, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(rule));
        problem.setTitle(title);
        problem.setProperty("rule", rule);
        return problem;
    }

    /** A problem about one field. */
    public static ProblemDetail ofField(HttpStatusCode status, String rule, String title, String field, String detail) {
        ProblemDetail problem = of(status, rule, title, detail);
        if (field != null) {
            problem.setProperty("field", field);
            problem.setProperty("errors", List.of(fieldError(field, rule, detail)));
        }
        return problem;
    }

    /** 401: no token, or one that does not validate. */
    public static ProblemDetail unauthorized(String detail) {
        return of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                detail == null ? "A valid bearer token is required" : detail);
    }

    /** 403: the caller's role or académie does not reach the resource. */
    public static ProblemDetail forbidden(String detail) {
        return of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    public static Map<String, String> fieldError(String field, String rule, String message) {
        return Map.of("field", field, "rule", rule, "message", message == null ? rule : message);
    }
}
