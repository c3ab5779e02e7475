package fr.ipe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each service's manifests agree with the service's own configuration ({@code application.yml} and the platform's
 * defaults): the port it listens on, the health groups its probes ask, the environment it reads (nothing it ignores,
 * everything that points at an engine), a heap under its memory limit, and the objects around its pods (Service,
 * disruption budget, autoscaler) select them. The production overlay changes only what exists in the base.
 */
class ServicesOnKubernetesTest {

    static final List<String> SERVICES = Repository.SERVICES;
    static final List<Kustomization.Manifest> BASE = Kustomization.at(Repository.BASE).manifests();
    static final Kustomization BASE_KUSTOMIZATION = Kustomization.at(Repository.BASE);
    static final Kustomization PRODUCTION = Kustomization.at(Repository.PRODUCTION);
    private static final Pattern HEAP = Pattern.compile("-Xmx([0-9]+)m");

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theContainerListensWhereTheServiceDoesAndItsProbesAskItsHealthGroups(String service) {
        ServiceConfiguration configuration = ServiceConfiguration.of(service);
        JsonNode container = container(service);
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(configuration.port());
        assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
        assertThat(environment(container).get("PORT").path("value").asText()).isEqualTo(String.valueOf(configuration.port()));
        for (String probe : List.of("startupProbe", "livenessProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/path").asText()).as(probe).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/" + probe + "/httpGet/port").asText()).as(probe).isEqualTo("http");
        }
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/readiness");
        assertThat(container.at("/readinessProbe/httpGet/port").asText()).isEqualTo("http");
        assertThat(Repository.text(Repository.ROOT.resolve("platform/src/main/resources/platform-defaults.properties")))
                .as("the liveness and readiness groups exist").contains("management.endpoint.health.probes.enabled=true");

        JsonNode port = object("Service", service).at("/spec/ports/0");
        assertThat(port.path("port").asInt()).isEqualTo(configuration.port());
        assertThat(port.path("targetPort").asText()).isEqualTo("http");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theEnvironmentIsWhatTheServiceReadsAndSetsEverythingThatWouldPointAtThisMachine(String service) {
        ServiceConfiguration configuration = ServiceConfiguration.of(service);
        Map<String, JsonNode> environment = environment(container(service));
        assertThat(environment.keySet()).as("variables %s never reads", service)
                .allSatisfy(variable -> assertThat(configuration.reads(variable)).as(variable).isTrue());
        assertThat(environment.keySet()).as("variables %s must be given in a cluster", service)
                .containsAll(configuration.required());

        Map<String, Map<String, String>> generated = BASE_KUSTOMIZATION.configMapLiterals();
        Map<String, Map<String, String>> overlay = PRODUCTION.configMapLiterals();
        String documentation = Repository.text(Repository.ROOT.resolve("docs/deployment.md"));
        for (var variable : environment.entrySet()) {
            JsonNode configMap = variable.getValue().at("/valueFrom/configMapKeyRef");
            if (!configMap.isMissingNode()) {
                String name = configMap.path("name").asText();
                String key = configMap.path("key").asText();
                Map<String, String> where = configMap.path("optional").asBoolean() ? overlay.get(name) : generated.get(name);
                assertThat(where).as("%s: ConfigMap %s", variable.getKey(), name).isNotNull().containsKey(key);
            }
            JsonNode secret = variable.getValue().at("/valueFrom/secretKeyRef");
            if (!secret.isMissingNode()) {
                assertThat(documentation).as("the Secret %s the operators create", secret.path("name").asText())
                        .contains(secret.path("name").asText());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theHeapFitsTheMemoryLimitAndAnOutOfMemoryErrorEndsTheProcess(String service) {
        JsonNode container = container(service);
        String options = environment(container).get("JAVA_TOOL_OPTIONS").path("value").asText();
        assertThat(options).contains("-XX:+ExitOnOutOfMemoryError");
        Matcher heap = HEAP.matcher(options);
        assertThat(heap.find()).as(options).isTrue();
        long limit = mebibytes(container.at("/resources/limits/memory").asText());
        assertThat(container.at("/resources/requests/memory").asText())
                .as("a memory request below the limit lets the node overcommit the JVM's memory")
                .isEqualTo(container.at("/resources/limits/memory").asText());
        assertThat(Long.parseLong(heap.group(1))).as("the heap leaves half the limit to metaspace, code, threads, buffers")
                .isLessThanOrEqualTo(limit / 2);
        assertThat(container.at("/resources/requests/cpu").isMissingNode()).isFalse();
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theServiceTheBudgetAndTheAutoscalerSelectTheServicesPods(String service) {
        JsonNode deployment = object("Deployment", service);
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        assertThat(labels(deployment.at("/spec/selector/matchLabels"))).isSubsetOf(labels(podLabels));
        assertThat(labels(object("Service", service).at("/spec/selector"))).isNotEmpty().isSubsetOf(labels(podLabels));
        assertThat(labels(object("PodDisruptionBudget", service).at("/spec/selector/matchLabels"))).isNotEmpty()
                .isSubsetOf(labels(podLabels));
        JsonNode autoscaler = BASE.stream().filter(m -> m.kind().equals("HorizontalPodAutoscaler")
                && m.name().equals(service)).map(Kustomization.Manifest::object).findFirst().orElse(null);
        if (autoscaler == null) {
            assertThat(service).as("the one service that stays a single instance").isEqualTo("reporting-service");
            assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(1);
            return;
        }
        assertThat(autoscaler.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo(service);
        assertThat(autoscaler.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2)
                .isLessThanOrEqualTo(autoscaler.at("/spec/maxReplicas").asInt());
        assertThat(deployment.at("/spec/replicas").isMissingNode()).as("the autoscaler owns the replicas").isTrue();
    }

    @Test
    void theGatewayRoutesToTheServicesOfTheManifests() {
        Map<String, JsonNode> environment = environment(container("gateway"));
        Set<String> routed = new TreeSet<>();
        for (String variable : List.of("IPE_CONVENTION_URL", "IPE_MISSION_URL", "IPE_ACTION_URL", "IPE_STAGE_BANK_URL",
                "IPE_REPORTING_URL")) {
            URI url = URI.create(environment.get(variable).path("value").asText());
            assertThat(object("Service", url.getHost()).at("/spec/ports/0/port").asInt()).as(variable)
                    .isEqualTo(url.getPort());
            routed.add(url.getHost());
        }
        assertThat(routed).containsExactlyInAnyOrderElementsOf(SERVICES.subList(1, SERVICES.size()));
    }

    @Test
    void theOverlayChangesOnlyWhatTheBaseHas() {
        JsonNode overlay = PRODUCTION.document();
        assertThat(overlay.path("namespace").asText()).isNotBlank();
        Set<String> images = new HashSet<>();
        SERVICES.forEach(service -> images.add(container(service).path("image").asText().replaceFirst(":[^:/]+$", "")));
        assertThat(overlay.path("images")).isNotEmpty().allSatisfy(image -> {
            assertThat(images).contains(image.path("name").asText());
            assertThat(image.path("newTag").asText()).isNotBlank().isNotEqualTo("latest");
        });
        Set<String> referenced = new HashSet<>();
        SERVICES.forEach(service -> environment(container(service)).values().forEach(value ->
                referenced.add(value.at("/valueFrom/configMapKeyRef/name").asText() + "/"
                        + value.at("/valueFrom/configMapKeyRef/key").asText())));
        for (JsonNode generator : overlay.path("configMapGenerator")) {
            assertThat(generator.path("behavior").asText()).isEqualTo("merge");
            PRODUCTION.configMapLiterals().get(generator.path("name").asText()).keySet().forEach(key ->
                    assertThat(referenced).as("a key no container reads").contains(generator.path("name").asText() + "/" + key));
        }
        JsonNode ingress = PRODUCTION.manifests().stream().filter(m -> m.kind().equals("Ingress")).findFirst()
                .orElseThrow().object();
        JsonNode backend = ingress.at("/spec/rules/0/http/paths/0/backend/service");
        assertThat(backend.path("name").asText()).isEqualTo("gateway");
        assertThat(object("Service", "gateway").at("/spec/ports/0/name").asText()).isEqualTo(backend.at("/port/name").asText());
    }

    static JsonNode object(String kind, String name) {
        return BASE.stream().filter(m -> m.kind().equals(kind) && m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in the base")).object();
    }

    static JsonNode container(String service) {
        JsonNode containers = object("Deployment", service).at("/spec/template/spec/containers");
        assertThat(containers).hasSize(1);
        assertThat(containers.get(0).path("name").asText()).isEqualTo(service);
        return containers.get(0);
    }

    static Map<String, JsonNode> environment(JsonNode container) {
        Map<String, JsonNode> environment = new java.util.LinkedHashMap<>();
        container.path("env").forEach(variable -> {
            assertThat(environment.put(variable.path("name").asText(), variable)).as("set twice").isNull();
        });
        return environment;
    }

    static Set<String> labels(JsonNode labels) {
        Set<String> pairs = new TreeSet<>();
        labels.fields().forEachRemaining(label -> pairs.add(label.getKey() + "=" + label.getValue().asText()));
        return pairs;
    }

    static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.replace("Gi", "")) * 1024;
        }
        assertThat(quantity).endsWith("Mi");
        return Long.parseLong(quantity.replace("Mi", ""));
    }
}
