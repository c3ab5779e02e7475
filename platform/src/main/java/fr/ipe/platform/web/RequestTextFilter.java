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
 * Refuses control characters in the decoded path (where ids are), in query parameters and in header values with a
 * 400 naming the parameter, before security, idempotency or a controller see them. Bodies are checked by
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
        String refused = refusedField(request);
        if (refused != null) {
            write(response, Problems.ofField(HttpStatus.BAD_REQUEST, RequestText.RULE, "Invalid request", refused,
                    "must not contain control characters"));
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

    private static String refusedField(HttpServletRequest request) {
        String path = request.getRequestURI() == null ? "" : request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (RequestText.anyControlCharacterAt(path) >= 0) {
            return "path";
        }
        if (request.getQueryString() != null) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (RequestText.anyControlCharacterAt(parameter.getKey()) >= 0) {
                    return "query";
                }
                for (String value : parameter.getValue()) {
                    if (RequestText.anyControlCharacterAt(value) >= 0) {
                        return parameter.getKey();
                    }
                }
            }
        }
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                // a tab may separate header tokens (RFC 9110 allows it as whitespace)
                if (RequestText.anyControlCharacterAt(value.replace('\t', ' ')) >= 0) {
                    return name;
                }
            }
        }
        return null;
    }
}
