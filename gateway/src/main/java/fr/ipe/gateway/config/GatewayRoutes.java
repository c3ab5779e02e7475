package fr.ipe.gateway.config;

import fr.ipe.gateway.resilience.RouteResilience;
import java.net.URI;
import java.time.Duration;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * One route per bounded context. Each goes through its own bulkhead and circuit breaker ({@link RouteResilience}): the
 * breaker counts the service's 5xx answers, connection failures and time-outs and, once open, answers 503 at once
 * instead of tying up callers; the bulkhead caps the calls in flight and answers the excess 429. Idempotent reads are
 * retried when the service could not be reached, and writes when their connection was refused (never sent). A service
 * with several instances is reached through the load balancer ({@link ServiceInstances}). Errors become problems in {@code EdgeErrorHandler}. API docs of each
 * service are exposed under {@code /docs/<service>/v3/api-docs} for the gateway's Swagger UI.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayRoutes {

    @Bean
    RouteLocator routes(RouteLocatorBuilder builder, ServiceUrls services, RouteResilience resilience) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        api(routes, resilience, "conventions", "/api/conventions/**", services.target("convention"));
        api(routes, resilience, "missions", "/api/missions/**", services.target("mission"));
        api(routes, resilience, "actions", "/api/actions/**", services.target("action"));
        api(routes, resilience, "stage-bank", "/api/stage-bank/**", services.target("stage-bank"));
        live(routes, resilience, "reports-live", services.target("reporting"));
        api(routes, resilience, "reports", "/api/reports/**", services.target("reporting"));
        docs(routes, "convention-service", services.target("convention"));
        docs(routes, "mission-service", services.target("mission"));
        docs(routes, "action-service", services.target("action"));
        docs(routes, "stage-bank-service", services.target("stage-bank"));
        docs(routes, "reporting-service", services.target("reporting"));
        return routes.build();
    }

    private static void api(RouteLocatorBuilder.Builder routes, RouteResilience resilience, String name, String path,
                            URI service) {
        routes.route(name, r -> r.path(path).filters(f -> resilient(f, resilience, name)).uri(service));
    }

    /**
     * Server-Sent Events of reporting's live views ({@code /api/reports/<view>/<period>/live}, the stage bank's
     * {@code /api/reports/stage-bank/academies/<académie>/periods/<period>/live}) and of a rebuild's progress
     * ({@code /api/reports/operations/rebuilds/<id>/progress}): a stream stays open for
     * as long as its client listens, so it has no response time-out (the global one would cut it), no breaker (a long
     * stream is neither slow nor failed) and no retry; a bulkhead of its own bounds the open streams without taking
     * the permits of the reports' ordinary calls. Netty relays each event as it comes: nothing is buffered.
     */
    private static void live(RouteLocatorBuilder.Builder routes, RouteResilience resilience, String name, URI service) {
        routes.route(name, r -> r.path("/api/reports/*/*/live", "/api/reports/*/live",
                        "/api/reports/stage-bank/academies/*/periods/*/live", "/api/reports/operations/rebuilds/*/progress")
                .filters(f -> f.filter(resilience.forStream(name)))
                .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, -1L)
                .uri(service));
    }

    private static GatewayFilterSpec resilient(GatewayFilterSpec filters, RouteResilience resilience, String name) {
        return filters
                .filter(resilience.forRoute(name))
                .retry(retry -> retry.setRetries(2).setMethods(HttpMethod.GET).setSeries()
                        .setExceptions(java.net.ConnectException.class, java.io.IOException.class)
                        .setBackoff(new RetryGatewayFilterFactory.BackoffConfig(Duration.ofMillis(100),
                                Duration.ofSeconds(1), 2, true)))
                // a write whose connection was refused never reached the service: another instance may take it
                .retry(retry -> retry.setRetries(2).setMethods(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
                                HttpMethod.DELETE).setSeries().setExceptions(java.net.ConnectException.class)
                        .setBackoff(new RetryGatewayFilterFactory.BackoffConfig(Duration.ofMillis(100),
                                Duration.ofSeconds(1), 2, true)));
    }

    private static void docs(RouteLocatorBuilder.Builder routes, String service, URI url) {
        routes.route("docs-" + service, r -> r.path("/docs/" + service + "/v3/api-docs")
                .filters(f -> f.setPath("/v3/api-docs")).uri(url));
    }
}
