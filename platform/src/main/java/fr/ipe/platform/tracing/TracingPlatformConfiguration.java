package fr.ipe.platform.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.tracing.NoopTracerAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request tracing shared by every service: the trace id in servlet problem bodies, and the {@code traceparent} carried
 * from a command's request into its events' metadata (then into the Kafka headers by the publisher).
 */
@AutoConfiguration(after = {MicrometerTracingAutoConfiguration.class, OpenTelemetryTracingAutoConfiguration.class,
        NoopTracerAutoConfiguration.class}, afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnClass(Tracer.class)
public class TracingPlatformConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CorrelationDataProvider.class)
    @ConditionalOnBean({Tracer.class, Propagator.class})
    static class Axon {
        /** Added beside Axon's own message-origin provider, which Spring's Axon configuration also registers. */
        @Bean
        TraceparentCorrelation traceparentCorrelation(Tracer tracer, Propagator propagator) {
            return new TraceparentCorrelation(tracer, propagator);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnBean(Tracer.class)
    static class Servlet {
        @Bean
        TraceIdProblemAdvice traceIdProblemAdvice(Tracer tracer) {
            return new TraceIdProblemAdvice(tracer);
        }
    }
}
