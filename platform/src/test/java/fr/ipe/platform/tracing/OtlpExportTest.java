package fr.ipe.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.tracing.otlp.OtlpTracingAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Every service can send its spans to the operators' collector: the OTLP exporter and an HTTP sender are on the
 * class path, and the exporter exists only where an endpoint is configured (docker-compose and the Kubernetes
 * manifests set MANAGEMENT_OTLP_TRACING_ENDPOINT), so nothing leaves a service by default.
 */
class OtlpExportTest {

    final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OtlpTracingAutoConfiguration.class));

    @Test
    void spansAreExportedOverOtlpOnlyWhereAnEndpointIsConfigured() {
        service.run(context -> assertThat(context).doesNotHaveBean(SpanExporter.class));
        service.withPropertyValues("management.otlp.tracing.endpoint=http://127.0.0.1:4318/v1/traces")
                .run(context -> assertThat(context).hasSingleBean(OtlpHttpSpanExporter.class));
    }
}
