package fr.ipe.gateway.console;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the console's browser finds the identity provider: Keycloak's base address as the browser reaches it (not the
 * address the gateway fetches keys from, which may be an internal name), the realm and the public client. The console
 * reads them from {@code /console/config.json}, so one build serves the local run, docker-compose and the tests.
 */
@Validated
@ConfigurationProperties("ipe.console")
public record ConsoleProperties(@NotNull URI keycloakUrl, @NotBlank String realm, @NotBlank String clientId) {

    /** The origin of Keycloak, the only one the console's pages may call besides the gateway. */
    String keycloakOrigin() {
        return keycloakUrl.getScheme() + "://" + keycloakUrl.getAuthority();
    }
}
