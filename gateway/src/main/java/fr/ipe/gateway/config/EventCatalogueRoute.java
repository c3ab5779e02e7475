package fr.ipe.gateway.config;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The event catalogue, beside the services' API documents: the AsyncAPI 3 document of every topic and event type
 * that the contracts module generates at build time from the event records (its {@code AsyncApiCatalog}), served as
 * it is in the contracts jar. Public, like the API documents.
 */
@Configuration(proxyBeanMethods = false)
public class EventCatalogueRoute {

    public static final String PATH = "/docs/events/asyncapi.json";
    static final String RESOURCE = "asyncapi/ipe-events.json";

    @Bean
    RouterFunction<ServerResponse> eventCatalogue() {
        Resource catalogue = new ClassPathResource(RESOURCE);
        return RouterFunctions.route(RequestPredicates.GET(PATH), request -> catalogue.exists()
                ? ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).bodyValue(catalogue)
                : ServerResponse.notFound().build());
    }
}
