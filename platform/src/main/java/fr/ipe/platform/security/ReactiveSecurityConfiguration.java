package fr.ipe.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.platform.tracing.TraceIds;
import fr.ipe.platform.web.Problems;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.reactive.ReactiveSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's side: every {@code /api/**} call needs a valid token before it is routed; the API documents and the
 * console's static page are public. CORS is answered before this
 * chain (the gateway's {@code EdgeCorsFilter}), so a browser's preflight never needs a token.
 */
@AutoConfiguration(before = {ReactiveSecurityAutoConfiguration.class, ReactiveOAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
public class ReactiveSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ObjectMapper json) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .authorizeExchange(auth -> auth
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/docs/**", "/swagger-ui/**", "/swagger-ui.html", "/webjars/**",
                                // the gateway's console: static page and scripts; its data comes from /api/**
                                "/", "/console", "/console/**")
                        .permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(JwtRoles.authenticationConverter())))
                        .authenticationEntryPoint((exchange, failure) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            return write(json, exchange, Problems.unauthorized(failure.getMessage()));
                        })
                        .accessDeniedHandler((exchange, denied) ->
                                write(json, exchange, Problems.forbidden(denied.getMessage()))))
                .build();
    }

    /** Verified tokens are remembered for their lifetime (see {@link VerifiedTokens}), at the gateway too. */
    @Bean
    static BeanPostProcessor verifiedTokens() {
        VerifiedTokens tokens = new VerifiedTokens(Clock.systemUTC());
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof Remembering)
                        ? new Remembering(decoder, tokens) : bean;
            }
        };
    }

    private record Remembering(ReactiveJwtDecoder decoder, VerifiedTokens tokens) implements ReactiveJwtDecoder {
        @Override
        public Mono<Jwt> decode(String token) {
            return tokens.find(token).map(Mono::just)
                    .orElseGet(() -> decoder.decode(token).map(jwt -> tokens.remember(token, jwt)));
        }
    }

    private static Mono<Void> write(ObjectMapper json, ServerWebExchange exchange, ProblemDetail problem) {
        try {
            TraceIds.of(exchange).ifPresent(traceId -> problem.setProperty("traceId", traceId));
            byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
            exchange.getResponse().setRawStatusCode(problem.getStatus());
            exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
        } catch (Exception e) {
            return Mono.error(e);
        }
    }
}
