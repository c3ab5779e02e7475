package fr.ipe.gateway.console;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A strict content security policy on the console's page and files: scripts only from the gateway itself (no inline
 * script, no eval), network calls only to the gateway and to Keycloak, no framing. The access token lives in the page's
 * memory, so keeping foreign script out is what keeps it safe. Inline styles stay allowed: the chart library positions
 * its tooltips with them.
 */
@Component
public class ConsoleHeaders implements WebFilter, Ordered {

    private final String policy;

    public ConsoleHeaders(ConsoleProperties properties) {
        String keycloak = properties.keycloakOrigin();
        this.policy = String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:", "font-src 'self'", "connect-src 'self' " + keycloak,
                "frame-src " + keycloak, "form-action 'self' " + keycloak, "frame-ancestors 'none'", "base-uri 'self'",
                "object-src 'none'");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (path.startsWith("/console")) {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                headers.set("Content-Security-Policy", policy);
                headers.set("Referrer-Policy", "no-referrer");
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
