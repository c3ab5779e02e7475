package fr.ipe.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits each token subject on every routed request, once the security chain validated the token, and before the
 * route's circuit breaker and bulkhead, so a limited caller takes no share of the service.
 */
@Component
public class SubjectRateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimits limits;

    public SubjectRateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .mapNotNull(principal -> ((JwtAuthenticationToken) principal).getToken().getSubject())
                .flatMap(subject -> limits.checkSubject(exchange, subject, chain.filter(exchange)).thenReturn(true))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(true)))
                .then();
    }

    @Override
    public int getOrder() {
        return -50;
    }
}
