package fr.ipe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the operators' tools' configuration agree with the services and with each other: each
 * service gets the environment it reads (and everything that would otherwise point at 127.0.0.1) on its own port,
 * Prometheus scrapes every service, the traces reach the collector and Grafana reads Prometheus and Jaeger, every
 * image is pinned and every mounted file exists. (No compose CLI runs in the build; read with SnakeYAML, which
 * resolves the file's anchors and merge keys as compose does.)
 */
class ComposeConfigurationTest {

    static final List<String> SERVICES = Repository.SERVICES;
    static final JsonNode COMPOSE = Repository.JSON.valueToTree(
            new Yaml().load(Repository.text(Repository.ROOT.resolve("docker-compose.yml"))));

    /** Addresses a person's browser follows (the console's sign-in redirect), not one container calling another. */
    private static final Set<String> BROWSER_FACING = Set.of("IPE_CONSOLE_KEYCLOAK_URL");

    private static Set<Integer> publishedPorts() {
        Set<Integer> ports = new TreeSet<>();
        COMPOSE.at("/services").forEach(container -> container.path("ports")
                .forEach(port -> ports.add(Integer.parseInt(port.asText().split(":")[0]))));
        return ports;
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceGetsWhatItReadsOnItsOwnPort(String service) {
        ServiceConfiguration configuration = ServiceConfiguration.of(service);
        JsonNode container = COMPOSE.at("/services/" + service);
        Map<String, String> environment = environment(container);
        assertThat(environment.keySet()).allSatisfy(variable ->
                assertThat(configuration.reads(variable)).as("%s reads %s", service, variable).isTrue());
        assertThat(environment.keySet()).as(service).containsAll(configuration.required());
        assertThat(environment.get("PORT")).isEqualTo(String.valueOf(configuration.port()));
        assertThat(container.path("ports")).extracting(JsonNode::asText)
                .contains(configuration.port() + ":" + configuration.port());
        assertThat(container.at("/healthcheck/test").toString())
                .contains("localhost:" + configuration.port() + "/actuator/health/readiness");
        environment.forEach((variable, value) -> {
            if (BROWSER_FACING.contains(variable)) {
                // a browser reaches a container only through a port the stack publishes on the host
                URI url = URI.create(value);
                assertThat(url.getHost()).as("%s=%s", variable, value).isEqualTo("localhost");
                assertThat(publishedPorts()).as("%s=%s", variable, value).contains(url.getPort());
            } else if (value.startsWith("http://") || value.startsWith("jdbc:postgresql://") || value.startsWith("mongodb://")) {
                URI url = URI.create(value.replaceFirst("^jdbc:", ""));
                assertThat(COMPOSE.at("/services").has(url.getHost())).as("%s=%s", variable, value).isTrue();
            }
        });
    }

    @Test
    void prometheusScrapesEveryServiceWhereItServesItsMetrics() {
        JsonNode prometheus = Repository.document(Repository.ROOT.resolve("compose/prometheus/prometheus.yml"));
        Set<String> targets = new TreeSet<>();
        prometheus.path("scrape_configs").forEach(job -> {
            assertThat(job.path("metrics_path").asText()).isEqualTo("/actuator/prometheus");
            job.path("static_configs").forEach(config -> config.path("targets").forEach(t -> targets.add(t.asText())));
        });
        Set<String> services = new TreeSet<>();
        SERVICES.forEach(service -> services.add(service + ":" + ServiceConfiguration.of(service).port()));
        assertThat(targets).isEqualTo(services);
        assertThat(Repository.text(Repository.ROOT.resolve("platform/src/main/resources/platform-defaults.properties")))
                .containsPattern("management.endpoints.web.exposure.include=.*prometheus");
    }

    @Test
    void theTracesReachTheCollectorAndGrafanaReadsPrometheusAndJaeger() {
        Set<String> endpoints = new TreeSet<>();
        SERVICES.forEach(service -> endpoints.add(environment(COMPOSE.at("/services/" + service))
                .get("MANAGEMENT_OTLP_TRACING_ENDPOINT")));
        assertThat(endpoints).hasSize(1);
        URI endpoint = URI.create(endpoints.iterator().next());
        assertThat(COMPOSE.at("/services").has(endpoint.getHost())).isTrue();
        JsonNode collector = Repository.document(Repository.ROOT.resolve("compose/otel-collector/config.yaml"));
        assertThat(collector.at("/receivers/otlp/protocols/http/endpoint").asText()).endsWith(":" + endpoint.getPort());
        assertThat(collector.at("/service/pipelines/traces/exporters").get(0).asText()).startsWith("otlp");
        URI jaeger = URI.create("grpc://" + collector.at("/exporters/otlp~1jaeger/endpoint").asText());
        assertThat(COMPOSE.at("/services").has(jaeger.getHost())).isTrue();

        JsonNode datasources = Repository.document(Repository.ROOT.resolve(
                "compose/grafana/provisioning/datasources/datasources.yaml"));
        Set<String> types = new TreeSet<>();
        datasources.path("datasources").forEach(source -> {
            types.add(source.path("type").asText());
            assertThat(COMPOSE.at("/services").has(URI.create(source.path("url").asText()).getHost())).isTrue();
        });
        assertThat(types).containsExactly("jaeger", "prometheus");
    }

    @Test
    void everyImageIsPinnedAndEveryMountedFileExists() {
        COMPOSE.path("services").fields().forEachRemaining(service -> {
            String image = service.getValue().path("image").asText();
            assertThat(image).as(service.getKey()).matches(".+:[^:/]+").doesNotEndWith(":latest");
            service.getValue().path("volumes").forEach(volume -> {
                String source = volume.asText().split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(Repository.ROOT.resolve(Path.of(source)).normalize()).as(service.getKey()).exists();
                }
            });
        });
    }

    /** A service's environment, as a map whichever of compose's two forms it is written in. */
    /**
     * docker-compose.instances.yml, the override that runs two of everything: a second instance of each service,
     * published on no port, and two gateways (the second on 8180) each given both instances of every service they route
     * to. (Compose's {@code !reset} and {@code !override} tags are dropped before SnakeYAML reads it.)
     */
    @Test
    void theInstancesOverrideRunsTwoOfEveryServiceBehindBothGateways() {
        JsonNode override = Repository.JSON.valueToTree(new Yaml().load(Repository.text(
                Repository.ROOT.resolve("docker-compose.instances.yml")).replace("!reset ", "").replace("!override", "")));
        JsonNode services = override.path("services");
        for (String service : SERVICES.subList(1, SERVICES.size())) {
            JsonNode second = services.path(service + "-2");
            assertThat(second.at("/extends/service").asText()).as(service + "-2").isEqualTo(service);
            assertThat(second.at("/extends/file").asText()).isEqualTo("docker-compose.yml");
            assertThat(second.path("ports")).as("%s-2 publishes no port", service).isEmpty();
        }
        assertThat(services.at("/gateway-2/extends/service").asText()).isEqualTo("gateway");
        assertThat(services.at("/gateway-2/ports/0").asText()).isEqualTo("8180:8080");
        Map<String, String> single = environment(COMPOSE.at("/services/gateway"));
        for (String gateway : List.of("gateway", "gateway-2")) {
            Map<String, String> environment = environment(services.path(gateway));
            single.forEach((variable, value) -> {
                if (variable.endsWith("_URL") && value.startsWith("http://") && !BROWSER_FACING.contains(variable)) {
                    URI url = URI.create(value);
                    assertThat(environment.get(variable)).as("%s's %s", gateway, variable).isEqualTo(value + ","
                            + url.getScheme() + "://" + url.getHost() + "-2:" + url.getPort());
                }
            });
        }
    }

    static Map<String, String> environment(JsonNode service) {
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode declared = service.path("environment");
        if (declared.isArray()) {
            declared.forEach(entry -> {
                String[] pair = entry.asText().split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            declared.fields().forEachRemaining(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
        }
        return environment;
    }
}
