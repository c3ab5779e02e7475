package fr.ipe.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses control characters and lone surrogates in the decoded path (where ids are), in query parameters and in
 * header values, and a query string that is not UTF-8 once %-decoded, with a 400 naming the parameter, before
 * security, idempotency or a controller see them. Bodies are checked by
 * {@link RequestJson}. A body announced larger than {@code ipe.web.max-body-bytes} is refused with 413.
 */
public class RequestTextFilter extends OncePerRequestFilter {

    /** Set by Tomcat when a query string cannot be decoded (it then drops the parameters silently). */
    private static final String PARAMETER_PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

    private final ObjectMapper json;
    private final long maxBodyBytes;

    public RequestTextFilter(ObjectMapper json, long maxBodyBytes) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getQueryString() != null) {
            request.getParameterMap();
            if (request.getAttribute(PARAMETER_PARSE_FAILED) != null) {
                write(response, Problems.ofField(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid request", "query",
                        "the query string cannot be decoded (a bad %-escape or too many parameters)"));
                return;
            }
        }
        ProblemDetail refused = refusedText(request);
        if (refused != null) {
            write(response, refused);
            return;
        }
        String badHeader = unreadableMediaTypes(request);
        if (badHeader != null) {
            HttpStatus status = badHeader.equals(HttpHeaders.CONTENT_TYPE) ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                    : HttpStatus.NOT_ACCEPTABLE;
            write(response, Problems.ofField(status, ProblemDetailsAdvice.ruleName(status.name()), "Invalid request",
                    badHeader, "must name concrete media types, such as application/json"));
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            write(response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
                    "The request body must not exceed " + maxBodyBytes + " bytes"));
            return;
        }
        chain.doFilter(request, response);
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Content-Type must be one concrete media type, and Accept a list of media types. */
    private static String unreadableMediaTypes(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null) {
            try {
                MediaType type = MediaType.parseMediaType(contentType);
                if (type.isWildcardType() || type.isWildcardSubtype()) {
                    return HttpHeaders.CONTENT_TYPE;
                }
                type.getCharset();
            } catch (RuntimeException unreadable) {
                return HttpHeaders.CONTENT_TYPE;
            }
        }
        for (String accept : Collections.list(request.getHeaders(HttpHeaders.ACCEPT))) {
            try {
                MediaType.parseMediaTypes(accept);
            } catch (RuntimeException unreadable) {
                return HttpHeaders.ACCEPT;
            }
        }
        return null;
    }

    /**
     * The path, the query string and the header values: no control character nor lone surrogate once decoded, and a
     * query string that is UTF-8 once %-decoded (Tomcat would put U+FFFD for what is not, silently; it refuses such a
     * path itself).
     */
    private static ProblemDetail refusedText(HttpServletRequest request) {
        String path = request.getRequestURI() == null ? "" : request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        ProblemDetail refused = refused("path", RequestText.refusalOfToken(path));
        if (refused != null) {
            return refused;
        }
        if (request.getQueryString() != null) {
            for (String pair : request.getQueryString().split("&")) {
                if (!RequestText.isUtf8WhenDecoded(pair)) {
                    String name = pair.split("=", 2)[0];
                    return notUtf8(RequestText.isUtf8WhenDecoded(name) ? decoded(name) : "query");
                }
            }
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                refused = refused("query", RequestText.refusalOfToken(parameter.getKey()));
                for (int i = 0; refused == null && i < parameter.getValue().length; i++) {
                    refused = refused(parameter.getKey(), RequestText.refusalOfToken(parameter.getValue()[i]));
                }
                if (refused != null) {
                    return refused;
                }
            }
        }
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                // a tab may separate header tokens (RFC 9110 allows it as whitespace)
                refused = refused(name, RequestText.refusalOfToken(value.replace('\t', ' ')));
                if (refused != null) {
                    return refused;
                }
            }
        }
        return null;
    }

    private static ProblemDetail refused(String field, RequestText.Refusal refusal) {
        return refusal == null ? null : Problems.ofField(HttpStatus.BAD_REQUEST, refusal.rule(), "Invalid request", field,
                refusal.message());
    }

    private static ProblemDetail notUtf8(String field) {
        return Problems.ofField(HttpStatus.BAD_REQUEST, RequestText.ENCODING_RULE, "Invalid request", field,
                "must be UTF-8 text once %-decoded (a lone surrogate's or a stray byte is not)");
    }

    private static String decoded(String name) {
        try {
            return java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return "query";
        }
    }
}
