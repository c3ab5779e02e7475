package fr.ipe.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.registry.EntryAddedEvent;
import io.github.resilience4j.core.registry.EntryRemovedEvent;
import io.github.resilience4j.core.registry.EntryReplacedEvent;
import io.github.resilience4j.core.registry.RegistryEventConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs every state change of every route's circuit breaker at WARN, with the failure rate that caused it. The states
 * and call counts themselves are Micrometer gauges ({@code resilience4j.circuitbreaker.state},
 * {@code resilience4j.circuitbreaker.calls}), bound by Spring Cloud CircuitBreaker.
 */
@Component
public class BreakerTransitions implements RegistryEventConsumer<CircuitBreaker> {

    private static final Logger log = LoggerFactory.getLogger(BreakerTransitions.class);

    @Override
    public void onEntryAddedEvent(EntryAddedEvent<CircuitBreaker> added) {
        watch(added.getAddedEntry());
    }

    private static void watch(CircuitBreaker breaker) {
        breaker.getEventPublisher().onStateTransition(event -> log.warn(
                "Circuit breaker {} went from {} to {}: failure rate {}%, slow-call rate {}%, {} buffered calls",
                event.getCircuitBreakerName(), event.getStateTransition().getFromState(),
                event.getStateTransition().getToState(), breaker.getMetrics().getFailureRate(),
                breaker.getMetrics().getSlowCallRate(), breaker.getMetrics().getNumberOfBufferedCalls()));
    }

    @Override
    public void onEntryRemovedEvent(EntryRemovedEvent<CircuitBreaker> removed) {
    }

    @Override
    public void onEntryReplacedEvent(EntryReplacedEvent<CircuitBreaker> replaced) {
        watch(replaced.getNewEntry());
    }
}
