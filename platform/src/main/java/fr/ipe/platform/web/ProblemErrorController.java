package fr.ipe.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's whitelabel/JSON error answer: whatever reached the servlet container's error page (an
 * unknown path, a request the firewall or Tomcat refused once it reached the application, a filter's failure)
 * is answered as a problem, whatever the {@code Accept} header says.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ObjectMapper json;

    public ProblemErrorController(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is2xxSuccessful() || status.is3xxRedirection()) {
            status = HttpStatus.NOT_FOUND;
        }
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status.is5xxServerError()) {
            log.error("Failure before a controller answered {} {}", status.value(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure instanceof Throwable t ? t : null);
        }
        String rule = ProblemDetailsAdvice.ruleName(status.name());
        ProblemDetail problem = Problems.of(status, rule, status.getReasonPhrase(), detail(status));
        problem.setInstance(instance(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
        if (!response.isCommitted()) {
            response.resetBuffer();
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        }
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No resource at this path";
            case BAD_REQUEST -> "The request is malformed (its path, query, headers or body cannot be read)";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on this path";
            case PAYLOAD_TOO_LARGE -> "The request body is too large";
            case URI_TOO_LONG -> "The request URI is too long";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are too large";
            case UNSUPPORTED_MEDIA_TYPE -> "The request's Content-Type is not supported";
            case NOT_ACCEPTABLE -> "No representation matches the Accept header";
            default -> status.is5xxServerError() ? "The request could not be completed; it has been logged"
                    : status.getReasonPhrase();
        };
    }

    /** The path the client asked for, when it is a valid relative URI (a hostile path may not be). */
    private static URI instance(Object path) {
        if (path instanceof String text && RequestText.anyControlCharacterAt(text) < 0 && text.length() <= 2048) {
            try {
                return new URI(null, null, text, null);
            } catch (Exception notAUri) {
                return null;
            }
        }
        return null;
    }
}
