package fr.ipe.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.platform.tracing.TraceIds;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes the problem bodies the gateway answers itself, each naming the request's trace id. */
@Component
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /** Writes {@code problem} as the response, with whatever headers the caller already set on it. */
    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        TraceIds.of(exchange).ifPresent(traceId -> problem.setProperty("traceId", traceId));
        if (problem.getInstance() == null) {
            try {
                problem.setInstance(new URI(null, null, exchange.getRequest().getURI().getPath(), null));
            } catch (URISyntaxException unreadable) {
                // a path that cannot even be quoted as a URI is left out of the problem
            }
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
        ServerHttpResponse response = exchange.getResponse();
        response.setRawStatusCode(problem.getStatus());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
