package fr.ipe.gateway.edge;

import fr.ipe.platform.tracing.TraceIds;
import fr.ipe.platform.web.Problems;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The one place where an error raised in the gateway becomes an answer: always an RFC 9457 problem naming the trace.
 * Replaces Spring Boot's default handler (same mechanism, same position). Covers routing (404 of an unknown route,
 * 405, 406, 415 from the gateway's own endpoints), bodies over the limits (413), the route's resilience (429 when its
 * bulkhead is full, 503 when the service cannot be reached or its breaker is open, 504 on a time-out) and anything
 * unexpected (500, logged). A service's own answers, errors included, are relayed as the service wrote them.
 */
@Component
@Order(-2)
public class EdgeErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(EdgeErrorHandler.class);
    private static final long BULKHEAD_RETRY_AFTER_SECONDS = 1;

    private final ProblemResponses problems;
    private final CircuitBreakerRegistry breakers;

    public EdgeErrorHandler(ProblemResponses problems, CircuitBreakerRegistry breakers) {
        this.problems = problems;
        this.breakers = breakers;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        // whatever a service or a filter had set so far (status, headers) is not part of the problem's answer,
        // except the CORS and rate-limit headers, which the browser and the caller still need
        HttpHeaders kept = new HttpHeaders();
        exchange.getResponse().getHeaders().forEach((name, values) -> {
            if (name.regionMatches(true, 0, "Access-Control-", 0, 15) || name.regionMatches(true, 0, "RateLimit-", 0, 10)
                    || name.equalsIgnoreCase(HttpHeaders.VARY)) {
                kept.put(name, values);
            }
        });
        exchange.getResponse().getHeaders().clear();
        exchange.getResponse().getHeaders().putAll(kept);
        return problems.write(exchange, problemFor(exchange, error));
    }

    private ProblemDetail problemFor(ServerWebExchange exchange, Throwable error) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        String route = routeOf(exchange);
        if (error instanceof BulkheadFullException) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(BULKHEAD_RETRY_AFTER_SECONDS));
            return Problems.of(HttpStatus.TOO_MANY_REQUESTS, "busy", "Service busy",
                    "The " + route + " service is serving as many requests as it takes; retry in "
                            + BULKHEAD_RETRY_AFTER_SECONDS + " s");
        }
        if (error instanceof CallNotPermittedException open) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(secondsOpen(open.getCausingCircuitBreakerName())));
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                    "The " + route + " service has been failing; calls are suspended for a while, retry later");
        }
        if (causedBy(error, TimeoutException.class)
                || error instanceof ErrorResponse timedOut && timedOut.getStatusCode().value() == 504) {
            return Problems.of(HttpStatus.GATEWAY_TIMEOUT, "service-timeout", "Service timed out",
                    "The " + route + " service did not answer in time");
        }
        if (causedBy(error, IOException.class)) {
            headers.set(HttpHeaders.RETRY_AFTER, "5");
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                    "The " + route + " service cannot answer right now; retry later");
        }
        if (causedBy(error, DataBufferLimitException.class)) {
            return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Request body too large",
                    "The request body is larger than the gateway reads");
        }
        if (error instanceof ErrorResponse known) {
            ProblemDetail body = known.getBody();
            HttpStatusCode status = known.getStatusCode();
            headers.addAll(known.getHeaders());
            ProblemDetail problem = Problems.of(status, ruleFor(status), body.getTitle() == null
                    ? titleFor(status) : body.getTitle(), body.getDetail() == null ? titleFor(status) : body.getDetail());
            if (status.is5xxServerError()) {
                logFailure(exchange, error);
            }
            return problem;
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(error.getClass(), ResponseStatus.class);
        if (annotated != null && annotated.code().is4xxClientError()) {
            return Problems.of(annotated.code(), ruleFor(annotated.code()), titleFor(annotated.code()),
                    annotated.reason().isEmpty() ? titleFor(annotated.code()) : annotated.reason());
        }
        logFailure(exchange, error);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The gateway failed to handle the request; quote the traceId to the operators");
    }

    /** The trace named from the exchange: the log's trace fields are not restored on every thread. */
    private static void logFailure(ServerWebExchange exchange, Throwable error) {
        log.error("{} {} failed (trace {})", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                TraceIds.of(exchange).orElse("none"), error);
    }

    private long secondsOpen(String breaker) {
        return breakers.find(breaker)
                .map(found -> found.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1))
                .map(millis -> Math.max(1, Duration.ofMillis(millis).toSeconds()))
                .orElse(10L);
    }

    private static String routeOf(ServerWebExchange exchange) {
        Object route = exchange.getAttribute(
                org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route instanceof org.springframework.cloud.gateway.route.Route r ? r.getId() : "upstream";
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String ruleFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "body-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            case 431 -> "headers-too-large";
            case 503 -> "service-unavailable";
            case 504 -> "service-timeout";
            default -> status.is4xxClientError() ? "client-error" : "internal-error";
        };
    }

    private static String titleFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "HTTP " + status.value() : known.getReasonPhrase();
    }
}
