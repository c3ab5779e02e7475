package fr.ipe.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error answers as problems: a request Tomcat refuses before any filter or servlet runs (a path it
 * cannot decode or normalise such as {@code %00}, {@code %zz}, {@code %2F} or {@code ..}, a request line or headers
 * over {@code server.max-http-request-header-size}, too many headers, control characters in a header) gets Tomcat's
 * status with a problem body instead of Tomcat's HTML page. Only a request line Tomcat cannot parse at all is answered
 * by Tomcat alone (400, no body), as it never reaches a valve.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        String rule = status == null ? "http-" + code : ProblemDetailsAdvice.ruleName(status.name());
        String title = status == null ? "Error " + code : status.getReasonPhrase();
        String detail = code >= 500 ? "The request could not be completed" : "The request was refused by the web server "
                + "before the application read it (malformed path, query or headers, or over a size limit)";
        String body = "{\"type\":\"" + Problems.TYPE_BASE + rule + "\",\"title\":\"" + title + "\",\"status\":" + code
                + ",\"detail\":\"" + detail + "\",\"rule\":\"" + rule + "\"}";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response cannot be written: nothing more to tell
        }
    }
}
