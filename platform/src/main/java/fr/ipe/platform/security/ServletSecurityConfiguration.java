package fr.ipe.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every servlet service is a JWT resource server: health, metrics and API docs are open, everything else needs a
 * valid token. Every API route states the roles that may call it with {@code @PreAuthorize}, checked as soon as the
 * request is matched to its route, before its body is read or validated ({@link RouteRoleInterceptor}); what depends
 * on the request (the académie, the party a caller acts for) is checked by the service with {@link AcademieScope}.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
public class ServletSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServer(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(JwtRoles.authenticationConverter()))
                        .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint(json))
                        .accessDeniedHandler(ProblemSecurityHandlers.accessDenied(json)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint(json))
                        .accessDeniedHandler(ProblemSecurityHandlers.accessDenied(json)))
                .build();
    }

    /** Verified tokens are remembered for their lifetime: their signature is checked once, not on every request. */
    @Bean
    static BeanPostProcessor verifiedTokens() {
        return VerifiedTokens.inFrontOfEveryDecoder();
    }

    /** Picked up by Spring Security's filter chain proxy: the firewall's refusals are problems too. */
    @Bean
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    RequestRejectedHandler problemRequestRejectedHandler(ObjectMapper json) {
        return ProblemSecurityHandlers.requestRejected(json);
    }

    @Bean
    @ConditionalOnMissingBean
    RouteRoles routeRoles(ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        return new RouteRoles(expressions);
    }

    /** Each route's roles are checked before its request is read (see {@link RouteRoleInterceptor}). */
    @Bean
    WebMvcConfigurer routeRoleCheck(RouteRoles roles) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RouteRoleInterceptor(roles)).order(Ordered.HIGHEST_PRECEDENCE);
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    AcademieScope academieScope() {
        return new AcademieScope();
    }
}
