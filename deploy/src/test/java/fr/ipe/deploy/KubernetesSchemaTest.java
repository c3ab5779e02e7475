package fr.ipe.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every manifest of the base and the production overlay is a valid object of the Kubernetes API: read strictly by the
 * models the Kubernetes project generates from the API's OpenAPI schema (its official Java client,
 * {@code io.kubernetes:client-java-api}), which refuse an unknown field, a missing required field and a value of the
 * wrong type, nested objects included, as {@code kubectl apply --validate=strict} would.
 */
class KubernetesSchemaTest {

    /** The kinds the manifests may hold, by apiVersion and kind, with the model of each. */
    static final Map<String, Class<?>> MODELS = Map.of(
            "apps/v1 Deployment", V1Deployment.class,
            "v1 Service", V1Service.class,
            "v1 ConfigMap", V1ConfigMap.class,
            "v1 Secret", V1Secret.class,
            "v1 Namespace", V1Namespace.class,
            "policy/v1 PodDisruptionBudget", V1PodDisruptionBudget.class,
            "autoscaling/v2 HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1 Ingress", V1Ingress.class);

    @Test
    void everyManifestOfTheBaseAndTheOverlayIsAValidKubernetesObject() {
        List<Kustomization.Manifest> manifests = Kustomization.at(Repository.PRODUCTION).manifests();
        assertThat(manifests).extracting(Kustomization.Manifest::kind)
                .contains("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "Ingress");
        for (Kustomization.Manifest manifest : manifests) {
            strictlyRead(manifest.object(), manifest.toString());
        }
    }

    @Test
    void everyYamlFileOfTheManifestsIsBuiltFromAKustomization() throws Exception {
        TreeSet<Path> built = new TreeSet<>(Kustomization.at(Repository.PRODUCTION).manifestFiles());
        try (Stream<Path> files = Files.walk(Repository.ROOT.resolve(Path.of("deploy", "k8s")))) {
            assertThat(files.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml")).toList())
                    .as("manifests no kustomization lists would never reach a cluster")
                    .allSatisfy(file -> assertThat(built).contains(file.normalize()));
        }
    }

    @Test
    void theReaderRefusesAMisspelledFieldAMissingOneAndAWrongType() {
        JsonNode deployment = Kustomization.at(Repository.BASE).manifests().stream()
                .filter(m -> m.kind().equals("Deployment")).findFirst().orElseThrow().object();

        ObjectNode misspelled = deployment.deepCopy();
        ((ObjectNode) misspelled.at("/spec/template/spec/containers/0")).set("readinesProbe",
                misspelled.at("/spec/template/spec/containers/0/readinessProbe"));
        assertThatThrownBy(() -> strictlyRead(misspelled, "misspelled")).hasMessageContaining("readinesProbe");

        ObjectNode withoutContainerName = deployment.deepCopy();
        ((ObjectNode) withoutContainerName.at("/spec/template/spec/containers/0")).remove("name");
        assertThatThrownBy(() -> strictlyRead(withoutContainerName, "no name")).hasMessageContaining("name");

        ObjectNode portAsList = deployment.deepCopy();
        ((ObjectNode) portAsList.at("/spec/template/spec/containers/0/ports/0")).set("containerPort",
                new ArrayNode(Repository.JSON.getNodeFactory()).add(8080));
        assertThatThrownBy(() -> strictlyRead(portAsList, "port as a list")).isInstanceOf(AssertionError.class);
    }

    /** Reads {@code object} with the model of its apiVersion and kind; fails naming what is wrong. */
    static void strictlyRead(JsonNode object, String what) {
        String kind = object.path("apiVersion").asText() + " " + object.path("kind").asText();
        Class<?> model = MODELS.get(kind);
        if (model == null) {
            fail(what + ": " + kind + " is not a kind these manifests may hold " + MODELS.keySet());
        }
        try {
            JSON.deserialize(Repository.JSON.writeValueAsString(object), model);
        } catch (Exception | Error refused) {
            throw new AssertionError(what + " is not a valid " + kind + ": " + refused.getMessage(), refused);
        }
    }
}
