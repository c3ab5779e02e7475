package fr.ipe.testkit.spring;

import fr.ipe.testkit.security.TestTokens;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a service under test at the test token issuer only: for services that use no engine. */
public class TokensInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ipe-test-tokens",
                Map.of("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens.get().jwkSetUri())));
    }
}
