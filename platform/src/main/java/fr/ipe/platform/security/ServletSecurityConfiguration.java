package fr.ipe.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every servlet service is a JWT resource server: health, metrics and API docs are open, everything else needs a
 * valid token; what a role may do is decided by the service with {@code @PreAuthorize} and {@link AcademieScope}.
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

    /** Picked up by Spring Security's filter chain proxy: the firewall's refusals are problems too. */
    @Bean
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    RequestRejectedHandler problemRequestRejectedHandler(ObjectMapper json) {
        return ProblemSecurityHandlers.requestRejected(json);
    }

    @Bean
    @ConditionalOnMissingBean
    AcademieScope academieScope() {
        return new AcademieScope();
    }
}
