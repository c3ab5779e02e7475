package fr.ipe.gateway.console;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.net.URI;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The console's entry points: {@code /} and {@code /console} lead to {@code /console/}, which is the single page
 * (its sections are fragments, {@code #/bilan}, {@code #/actions}…), and {@code /console/config.json} tells the page
 * where to sign in. Its scripts, styles and libraries are static resources ({@code classpath:/static/console},
 * {@code /webjars}), public like the page: what the console shows comes from {@code /api/**}, which needs a token.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleRoutes {

    static final String PAGE = "/console/";

    @Bean
    RouterFunction<ServerResponse> console(ConsoleProperties properties) {
        Resource index = new ClassPathResource("static/console/index.html");
        Map<String, String> config = Map.of("keycloakUrl", properties.keycloakUrl().toString(),
                "realm", properties.realm(), "clientId", properties.clientId());
        return RouterFunctions.route(GET("/").or(GET("/console")),
                        request -> ServerResponse.status(302).location(URI.create(PAGE)).build())
                .andRoute(GET(PAGE), request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                        .cacheControl(CacheControl.noCache()).bodyValue(index))
                .andRoute(GET(PAGE + "config.json"), request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noCache()).bodyValue(config));
    }
}
