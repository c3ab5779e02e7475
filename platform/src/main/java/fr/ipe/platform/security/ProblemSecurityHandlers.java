package fr.ipe.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.platform.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 answered by the security filters, as problem bodies like every other error. */
final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {
    }

    static AuthenticationEntryPoint entryPoint(ObjectMapper json) {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(json, response, Problems.unauthorized(failure.getMessage()));
        };
    }

    static AccessDeniedHandler accessDenied(ObjectMapper json) {
        return (request, response, denied) -> write(json, response, Problems.forbidden(denied.getMessage()));
    }

    /** A request Spring Security's firewall refuses (an unknown method, an encoded slash or percent, ..). */
    static RequestRejectedHandler requestRejected(ObjectMapper json) {
        return (request, response, rejected) -> write(json, response, Problems.of(HttpStatus.BAD_REQUEST,
                "request-rejected", "Invalid request", "The request was rejected: its method, path or headers are "
                        + "not accepted by this service"));
    }

    private static void write(ObjectMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
