package fr.ipe.mission.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.platform.domain.Siret;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.engines.Engines;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The steps of annex 1 through the API, as the association and a rectorat take them, for the service's ITs. */
final class MissionSteps {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The specification's duration the steps write: a delegation of another term needs its reason. */
    static final int SPECIFIED_MONTHS = 36;

    final ApiClient api;
    final TestTokens tokens = TestTokens.get();
    final String association = tokens.bearer(Roles.ASSOCIATION);
    final String national = tokens.bearer(Roles.NATIONAL);
    final String lyon = tokens.bearer(Roles.RECTORAT, "lyon");

    MissionSteps(int port) {
        this.api = new ApiClient("http://127.0.0.1:" + port);
    }

    static String siret() {
        // a random valid SIRET: 13 random digits and the Luhn check digit
        StringBuilder digits = new StringBuilder();
        Random random = new Random();
        for (int i = 0; i < 13; i++) {
            digits.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (Siret.isValid(digits.toString() + check)) {
                return digits.toString() + check;
            }
        }
        throw new IllegalStateException();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> companyBody(String siret) {
        return Map.of("siret", siret, "name", "Entreprise fictive " + siret, "registeredOn", "2007-01-10");
    }

    String company() {
        String siret = siret();
        var created = api.post("/api/missions/companies", association, companyBody(siret));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return siret;
    }

    static Map<String, Object> ipeBody(String siret, String name, String account) {
        Map<String, Object> body = new HashMap<>(Map.of("companySiret", siret, "name", name,
                "contact", name.toLowerCase().replace(' ', '.') + "@example.org", "registeredOn", "2007-02-01"));
        if (account != null) {
            body.put("account", account);
        }
        return body;
    }

    String ipe(String siret, String name, String account) {
        var created = api.post("/api/missions/ipes", association, ipeBody(siret, name, account));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("ipeId").asText();
    }

    static Map<String, Object> need(String academie) {
        Map<String, Object> need = new HashMap<>(Map.of("title", "Partenariat école-entreprise",
                "profile", "Ingénieur confirmé", "axisCodes", List.of("stages-tutorat", "partenariat-entreprises"),
                "nonSubstitutionDeclared", true,
                "nonSubstitutionJustification", "Mission d'interface : aucun emploi de la fonction publique n'a cet objet",
                "postedOn", "2007-04-02"));
        if (academie != null) {
            need.put("academie", academie);
        }
        return need;
    }

    String postedNeed(String manager, String academie) {
        var posted = api.post("/api/missions/needs", manager, need(academie));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        return posted.body().get("needId").asText();
    }

    /** Submits the IPE for the need; answers the candidature's path. */
    String candidature(String needId, String ipeId) {
        var submitted = api.post("/api/missions/needs/" + needId + "/candidatures", association,
                Map.of("ipeId", ipeId, "submittedOn", "2007-05-14"));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        return submitted.header("Location");
    }

    /** Need → candidature → pre-selection → selection → specification; answers the need id. */
    String selectedNeed(String manager, String academie, String ipeId) {
        String needId = postedNeed(manager, academie);
        String base = candidature(needId, ipeId);
        assertThat(api.post(base + "/selection", manager, Map.of("on", "2007-06-01")).status()).isEqualTo(409);
        assertThat(api.post(base + "/preselection", manager, Map.of("on", "2007-05-30")).status()).isEqualTo(403);
        assertThat(api.post(base + "/preselection", association, Map.of("on", "2007-05-30")).status()).isEqualTo(200);
        var selected = api.post(base + "/selection", manager, Map.of("on", "2007-06-12"));
        assertThat(selected.status()).as(selected.text()).isEqualTo(200);
        assertThat(selected.body().get("candidatures").get(0).get("status").asText()).isEqualTo("SELECTED");
        var specified = api.post("/api/missions/needs/" + needId + "/specification", manager,
                specification(SPECIFIED_MONTHS, "2007-06-20"));
        assertThat(specified.status()).as(specified.text()).isEqualTo(200);
        return needId;
    }

    static Map<String, Object> specification(Object months, String on) {
        return Map.of("objectives", "Stages en entreprise", "calendar", "2007-2010", "means", "Bureau au rectorat",
                "durationMonths", months, "specifiedOn", on);
    }

    /** A delegation from {@code start} to {@code end}; another term than the specification's says why. */
    static Map<String, Object> delegation(String needId, String start, String end) {
        Map<String, Object> delegation = new HashMap<>(Map.of("needId", needId, "startDate", start, "endDate", end,
                "signedOn", "2007-07-12", "salaryAllowanceCentsPerYear", 3_300_000, "travelCentsPerYear", 420_000,
                "reimbursedSharePercent", 50));
        LocalDate first = LocalDate.parse(start);
        if (!LocalDate.parse(end).equals(first.plusMonths(SPECIFIED_MONTHS).minusDays(1))) {
            delegation.put("termReason", "Convention de délégation d'une autre durée que le cahier des charges");
        }
        return delegation;
    }

    /** Delegates the need's selected IPE; answers the mission id. */
    String mission(String manager, String needId, String start, String end) {
        var delegated = api.post("/api/missions", manager, delegation(needId, start, end));
        assertThat(delegated.status()).as(delegated.text()).isEqualTo(201);
        return delegated.body().get("missionId").asText();
    }

    /** The first {@code expected} records of {@code key} on {@code topic}, in order (30 s at most). */
    static List<ConsumerRecord<String, CloudEvent>> read(String topic, String key, int expected) {
        List<ConsumerRecord<String, CloudEvent>> found = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    /** Every record on {@code topic} up to its end as it is now. */
    static List<ConsumerRecord<String, CloudEvent>> readAll(String topic) {
        List<ConsumerRecord<String, CloudEvent>> found = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
        }
        return found;
    }

    static JsonNode data(ConsumerRecord<String, CloudEvent> record) {
        try {
            return JSON.readTree(record.value().getData().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KafkaConsumer<String, CloudEvent> consumer() {
        Map<String, Object> config = Map.of("bootstrap.servers", Engines.get().kafkaBootstrapServers(),
                "group.id", "it-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new CloudEventDeserializer());
    }
}
