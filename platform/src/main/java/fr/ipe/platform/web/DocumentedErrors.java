package fr.ipe.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The error responses each API operation documents, by our conventions. Shared by the API document
 * ({@link ProblemResponses}) and by the test that checks it, so both hold the same list.
 */
public final class DocumentedErrors {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Set<String> COMMANDS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private DocumentedErrors() {
    }

    /** The error statuses an operation with {@code method} on {@code path} can answer, with their descriptions. */
    public static Map<String, String> of(String path, String method) {
        Map<String, String> expected = new LinkedHashMap<>();
        if (!isApi(path)) {
            return expected;
        }
        expected.put("400", "Malformed input: a body that is not JSON, an unknown field, a value of the wrong "
                + "format, or a constraint broken; `errors` names each field and rule");
        expected.put("401", "No bearer token, or one that does not validate");
        expected.put("403", "The caller's role, or académie, does not reach this resource");
        if (path.contains("{")) {
            expected.put("404", "No such resource");
        }
        if (COMMANDS.contains(method.toUpperCase())) {
            expected.put("409", "The command conflicts with the resource's current state "
                    + "(e.g. already signed, not in force)");
            expected.put("412", "If-Match names a version that is no longer the current one: read again, then retry");
            expected.put("422", "A business rule refuses the command; `rule` names it and `field` the offending input");
        }
        return Collections.unmodifiableMap(expected);
    }

    /** Operations under {@code /api} are the public API; actuator and documentation endpoints are not. */
    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
