package fr.ipe.gateway.edge;

import fr.ipe.platform.web.Problems;
import java.time.Duration;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS for the front-ends' origins, ahead of the security chain: a browser's preflight is answered without a token,
 * and a request from an origin not configured is refused with a 403 problem. Same rules as Spring's
 * {@code CorsWebFilter}, whose refusal has no body.
 */
@Component
public class EdgeCorsFilter implements WebFilter, Ordered {

    /** Before Spring Security's filter chain (order -100), after the request limits. */
    static final int ORDER = -150;

    private final CorsConfiguration configuration = new CorsConfiguration();
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor() {
        @Override
        protected void rejectRequest(ServerHttpResponse response) {
            // the filter writes the problem body
        }
    };
    private final ProblemResponses problems;

    public EdgeCorsFilter(EdgeProperties properties, ProblemResponses problems) {
        this.problems = problems;
        configuration.setAllowedOriginPatterns(properties.cors().allowedOriginPatterns());
        configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
                HttpHeaders.ACCEPT, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "Idempotency-Key", "traceparent",
                "tracestate"));
        configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, "Idempotency-Replayed",
                HttpHeaders.RETRY_AFTER, "traceparent", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"));
        // bearer tokens, not cookies: no credentials mode, so no wildcard origin is ever paired with credentials
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(Duration.ofHours(1));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            String origin = exchange.getRequest().getHeaders().getOrigin();
            return problems.write(exchange, Problems.of(HttpStatus.FORBIDDEN, "cors-refused", "Cross-origin request refused",
                    "Origin " + origin + " may not call this API with this method and these headers"));
        }
        return CorsUtils.isPreFlightRequest(exchange.getRequest()) ? exchange.getResponse().setComplete()
                : chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
