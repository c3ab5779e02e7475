package fr.ipe.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.platform.web.Problems;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.net.URI;
import java.net.URISyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A request target Netty reads but that is no URI ({@code {}}, {@code |}, {@code ^} or a space left unencoded, a bad
 * %-escape such as {@code %zz}) never reaches the gateway's handlers: Spring's Reactor adapter cannot build the
 * request and answers a bare 400. This route, tried before the one that leads to Spring, answers those with a 400
 * problem instead, naming the trace of a span opened for the refusal (there is no exchange to carry one).
 */
@Component
public class UnreadableTargets implements WebServerFactoryCustomizer<NettyReactiveWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(UnreadableTargets.class);

    private final ObjectMapper json;
    private final ObjectProvider<Tracer> tracer;

    public UnreadableTargets(ObjectMapper json, ObjectProvider<Tracer> tracer) {
        this.json = json;
        this.tracer = tracer;
    }

    @Override
    public void customize(NettyReactiveWebServerFactory factory) {
        factory.addRouteProviders(routes -> routes.route(request -> !isUri(request.uri()), this::refuse));
    }

    /** As Spring's adapter reads it: the path and query of the target, after a scheme and a host of its own. */
    static boolean isUri(String target) {
        try {
            new URI("http://gateway" + pathAndQuery(target));
            return true;
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }

    /** The target without the scheme and host of an absolute-form target ({@code http://host/path}). */
    private static String pathAndQuery(String target) {
        int authority = target.startsWith("/") ? -1 : target.indexOf("://");
        if (authority < 0) {
            return target;
        }
        for (int i = authority + 3; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return target.substring(i);
            }
        }
        return "";
    }

    private Mono<Void> refuse(HttpServerRequest request, HttpServerResponse response) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-target", "Invalid request",
                "The request target is not a URI: characters such as { } | ^ \\ \" < > and spaces must be %-encoded, "
                        + "and % begins an escape of two hexadecimal digits");
        Span span = tracer.getIfAvailable(() -> Tracer.NOOP).nextSpan().name("refused request").start();
        try {
            String traceId = span.context().traceId();
            if (!traceId.isEmpty()) {
                problem.setProperty("traceId", traceId);
            }
            log.debug("{} {}: not a URI, refused (trace {})", request.method(), request.uri(), traceId);
            byte[] body = json.writeValueAsBytes(problem);
            return response.status(problem.getStatus())
                    .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .header(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length))
                    .sendByteArray(Mono.just(body)).then();
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        } finally {
            span.end();
        }
    }
}
