package fr.ipe.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Carries the W3C {@code traceparent} of the request that sent a command into the metadata of every event it applies,
 * so the Kafka publisher, which runs later on another thread, can put it on the records. Outside a traced request (an
 * event handler in a tracking processor) the handled message's own {@code traceparent} is passed on.
 */
public class TraceparentCorrelation implements CorrelationDataProvider {

    /** The metadata key, named as the W3C header it holds. */
    public static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceparentCorrelation(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Span span = tracer.currentSpan();
        if (span != null) {
            Map<String, String> headers = new HashMap<>();
            propagator.inject(span.context(), headers, Map::put);
            String traceparent = headers.get(TRACEPARENT);
            if (traceparent != null) {
                return Map.of(TRACEPARENT, traceparent);
            }
        }
        Object inherited = message.getMetaData().get(TRACEPARENT);
        return inherited == null ? Map.of() : Map.of(TRACEPARENT, inherited);
    }
}
