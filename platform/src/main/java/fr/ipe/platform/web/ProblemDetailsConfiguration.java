package fr.ipe.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Problem details for servlet services, from the controllers, the filters and the container's error page alike; the
 * gateway builds its own from its reactive stack.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ProblemDetailsAdvice.class, IdempotencyKeyFilter.Registration.class, RequestJsonConfiguration.class})
public class ProblemDetailsConfiguration {

    @Bean
    ProblemErrorController problemErrorController(ObjectMapper json) {
        return new ProblemErrorController(json);
    }

    /** Tomcat's error report valve answers problems too (see {@link ProblemErrorReportValve}). */
    @Bean
    @ConditionalOnClass(StandardHost.class)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** First of all filters, so that no later one (security, idempotency) reads a control character. */
    @Bean
    FilterRegistrationBean<RequestTextFilter> requestTextFilter(ObjectMapper json,
            @Value("${ipe.web.max-body-bytes:1048576}") long maxBodyBytes) {
        FilterRegistrationBean<RequestTextFilter> registration =
                new FilterRegistrationBean<>(new RequestTextFilter(json, maxBodyBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
