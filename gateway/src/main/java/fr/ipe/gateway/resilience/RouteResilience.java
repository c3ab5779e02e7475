package fr.ipe.gateway.resilience;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.util.Set;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A route's circuit breaker and bulkhead (Resilience4j, named after the route, configured under
 * {@code resilience4j.circuitbreaker} and {@code resilience4j.bulkhead}). The bulkhead caps the calls in flight and
 * refuses the excess at once ({@code BulkheadFullException}, answered 429); the breaker inside it counts what
 * {@link ServerFailure} calls a failure. A 5xx answer of the service is counted as a failure and still reaches the
 * caller as the service wrote it: Spring Cloud Gateway's own breaker filter would replace it with an error.
 */
@Component
public class RouteResilience {

    /** The service's answers that count as its failures; a 501 (not implemented) is an answer, not a failure. */
    static final Set<Integer> SERVER_FAILURES = Set.of(500, 502, 503, 504);

    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;

    public RouteResilience(CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads) {
        this.breakers = breakers;
        this.bulkheads = bulkheads;
    }

    public GatewayFilter forRoute(String route) {
        CircuitBreakerOperator<Void> breaker = CircuitBreakerOperator.of(breakers.circuitBreaker(route));
        BulkheadOperator<Void> bulkhead = BulkheadOperator.of(bulkheads.bulkhead(route));
        return (exchange, chain) -> chain.filter(exchange)
                .then(Mono.defer(() -> {
                    HttpStatusCode status = exchange.getResponse().getStatusCode();
                    return status != null && SERVER_FAILURES.contains(status.value())
                            ? Mono.<Void>error(new ServiceFailed(route, status.value())) : Mono.<Void>empty();
                }))
                .transformDeferred(breaker)
                // counted: the service's own answer now goes on to the caller
                .onErrorResume(ServiceFailed.class, counted -> Mono.empty())
                .transformDeferred(bulkhead);
    }

    /** A streaming route's bulkhead alone: it bounds the open streams; a breaker would count long streams as slow. */
    public GatewayFilter forStream(String route) {
        BulkheadOperator<Void> bulkhead = BulkheadOperator.of(bulkheads.bulkhead(route));
        return (exchange, chain) -> chain.filter(exchange).transformDeferred(bulkhead);
    }

    /** Marks a 5xx answer for the breaker; never leaves this filter. */
    static final class ServiceFailed extends RuntimeException {
        ServiceFailed(String route, int status) {
            super("the " + route + " service answered " + status, null, false, false);
        }
    }
}
