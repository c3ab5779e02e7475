package fr.ipe.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class TraceparentCorrelationTest {

    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    final Tracer tracer = Mockito.mock(Tracer.class);

    /** A propagator that writes the W3C header of whatever context it is given. */
    final Propagator propagator = new Propagator() {
        @Override
        public List<String> fields() {
            return List.of("traceparent");
        }

        @Override
        public <C> void inject(TraceContext context, C carrier, Setter<C> setter) {
            setter.set(carrier, "traceparent", TRACEPARENT);
        }

        @Override
        public <C> Span.Builder extract(C carrier, Getter<C> getter) {
            throw new UnsupportedOperationException();
        }
    };

    final TraceparentCorrelation correlation = new TraceparentCorrelation(tracer, propagator);

    @Test
    void aCommandSentInATracedRequestCarriesItsTraceparentToItsEvents() {
        Span span = Mockito.mock(Span.class);
        Mockito.when(span.context()).thenReturn(Mockito.mock(TraceContext.class));
        Mockito.when(tracer.currentSpan()).thenReturn(span);

        assertThat(correlation.correlationDataFor(GenericCommandMessage.asCommandMessage("draft")))
                .isEqualTo(Map.of("traceparent", TRACEPARENT));
    }

    @Test
    void outsideARequestTheHandledMessagesTraceparentGoesOn() {
        var handled = GenericCommandMessage.asCommandMessage("sweep")
                .andMetaData(MetaData.with("traceparent", TRACEPARENT));

        assertThat(correlation.correlationDataFor(handled)).isEqualTo(Map.of("traceparent", TRACEPARENT));
        assertThat(correlation.correlationDataFor(GenericCommandMessage.asCommandMessage("sweep"))).isEmpty();
    }
}
