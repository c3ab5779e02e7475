package fr.ipe.gateway.config;

import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where each service listens: one URL (a Kubernetes Service, a single instance), or several, comma-separated (the
 * instances of a local run or of docker-compose), between which the gateway balances ({@link ServiceInstances}).
 */
@Validated
@ConfigurationProperties("ipe.services")
public record ServiceUrls(
        @NotEmpty List<URI> convention,
        @NotEmpty List<URI> mission,
        @NotEmpty List<URI> action,
        @NotEmpty List<URI> stageBank,
        @NotEmpty List<URI> reporting) {

    /** The instances of a service by its load-balancer name ({@code lb://<name>}). */
    public List<URI> of(String service) {
        List<URI> urls = byName().get(service);
        if (urls == null) {
            throw new IllegalArgumentException("no service " + service + "; the services are " + byName().keySet());
        }
        return urls;
    }

    Map<String, List<URI>> byName() {
        return Map.of("convention", convention, "mission", mission, "action", action, "stage-bank", stageBank,
                "reporting", reporting);
    }

    /** Where a route sends its requests: the only instance, or the load balancer over several. */
    URI target(String service) {
        List<URI> urls = of(service);
        return urls.size() == 1 ? urls.get(0) : URI.create("lb://" + service);
    }
}
