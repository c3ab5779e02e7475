package fr.ipe.platform;

import java.io.IOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Adds {@code platform-defaults.properties} last, so every service shares one set of defaults it can override. */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    /** Axon Framework's switch for its update checker and anonymous usage reporting to AxonIQ's servers. */
    static final String AXON_UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader()
                    .load("platform-defaults", new ClassPathResource("platform-defaults.properties"))
                    .forEach(source -> environment.getPropertySources().addLast(source));
            disableAxonUpdateChecker(environment);
        } catch (IOException e) {
            throw new IllegalStateException("platform-defaults.properties cannot be read", e);
        }
    }

    /**
     * Axon's update checker reads only system properties, the environment or a file in the user's home, never Spring's
     * environment; {@value #AXON_UPDATE_CHECKER_DISABLED} from the defaults (or a service's configuration) is therefore
     * copied to the system property, unless one was given on the command line.
     */
    private static void disableAxonUpdateChecker(ConfigurableEnvironment environment) {
        String disabled = environment.getProperty(AXON_UPDATE_CHECKER_DISABLED);
        if (disabled != null && System.getProperty(AXON_UPDATE_CHECKER_DISABLED) == null) {
            System.setProperty(AXON_UPDATE_CHECKER_DISABLED, disabled);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
