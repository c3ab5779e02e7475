package fr.ipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.testkit.http.ApiClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One IPE's mission through the gateway, as the association, the rectorat of Lyon and finance would run it: need →
 * candidature → pre-selection → selection → specification → delegation → letters over two school years →
 * certifications → early end; then its events on Kafka (CloudEvents binary mode), its funding events in finance's feed
 * (the early end's release included), and its views, with the cross-académie and other-IPE refusals.
 */
final class MissionLifecycleScenario {

    static final long YEARLY = 1_860_000L; // 50 % of 33 000 € + 4 200 €, in cents
    static final String SIRET = "90000007000012";

    private final ApiClient gateway;
    private final Function<String, String> token;
    private final String kafkaBootstrap;

    MissionLifecycleScenario(ApiClient gateway, Function<String, String> token, String kafkaBootstrap) {
        this.gateway = gateway;
        this.token = token;
        this.kafkaBootstrap = kafkaBootstrap;
    }

    String run() {
        String association = token.apply("association");
        String lyon = token.apply("rectorat-lyon");
        ok(gateway.post("/api/missions/companies", association, Map.of("siret", SIRET,
                "name", "Société Fictive du scénario", "registeredOn", "2019-01-07")), 201);
        String ipeId = ok(gateway.post("/api/missions/ipes", association, Map.of("companySiret", SIRET,
                "name", "Morgan Scénario-Fictif", "contact", "morgan.scenario@example.org",
                "registeredOn", "2019-02-01")), 201).body().get("ipeId").asText();
        String needId = ok(gateway.post("/api/missions/needs", lyon, Map.of("academie", "lyon",
                "title", "Campus et entreprises du Rhône", "profile", "Ingénieur de production",
                "axisCodes", List.of("partenariat-entreprises", "apprentissage-eple"), "nonSubstitutionDeclared", true,
                "nonSubstitutionJustification", "Mission d'interface : aucun emploi de la fonction publique n'a cet objet",
                "postedOn", "2019-04-01")), 201).body().get("needId").asText();
        String need = "/api/missions/needs/" + needId;
        String candidature = ok(gateway.post(need + "/candidatures", association, Map.of("ipeId", ipeId,
                "submittedOn", "2019-04-20")), 201).body().get("candidatures").get(0).get("candidatureId").asText();
        ok(gateway.post(need + "/candidatures/" + candidature + "/preselection", association, Map.of("on", "2019-05-06")), 200);
        ok(gateway.post(need + "/candidatures/" + candidature + "/selection", lyon, Map.of("on", "2019-05-20")), 200);
        ok(gateway.post(need + "/specification", lyon, Map.of("objectives", "Rapprocher les lycées professionnels et "
                + "les entreprises", "calendar", "2019-2022", "means", "Bureau au rectorat", "durationMonths", 36,
                "specifiedOn", "2019-06-03")), 200);
        JsonNode delegated = ok(gateway.post("/api/missions", lyon, Map.of("needId", needId, "startDate", "2019-09-01",
                "endDate", "2022-08-31", "signedOn", "2019-07-04", "salaryAllowanceCentsPerYear", 3_300_000,
                "travelCentsPerYear", 420_000, "reimbursedSharePercent", 50)), 201).body();
        String missionId = delegated.get("missionId").asText();
        String mission = "/api/missions/" + missionId;
        ok(gateway.post(mission + "/letters", lyon, Map.of("schoolYear", "2019-2020", "axisCodes",
                List.of("partenariat-entreprises"), "objectives", "Conventions de bassin", "issuedOn", "2019-09-02")), 200);
        ok(gateway.post(mission + "/letters", lyon, Map.of("schoolYear", "2020-2021", "axisCodes",
                List.of("partenariat-entreprises", "apprentissage-eple"), "objectives", "Apprentissage en lycée",
                "issuedOn", "2020-09-01")), 200);
        ok(gateway.post(mission + "/certifications", lyon, Map.of("schoolYear", "2019-2020", "certifiedOn", "2020-09-15")), 200);
        ok(gateway.post(mission + "/certifications", lyon, Map.of("schoolYear", "2020-2021", "certifiedOn", "2021-09-15")), 200);
        JsonNode ended = ok(gateway.post(mission + "/end", lyon, Map.of("endedOn", "2021-12-17",
                "reason", "Retour anticipé dans l'entreprise")), 200).body();
        assertThat(ended.get("end").get("early").asBoolean()).isTrue();
        assertThat(ended.get("activity").get("lastDay").asText()).isEqualTo("2021-12-17");
        assertThat(ended.get("reimbursement").get("dueCents").asLong()).isEqualTo(2 * YEARLY);
        return missionId;
    }

    /** The mission's events on the missions topic, in order, with their CloudEvents headers. */
    void checkKafka(String missionId) {
        List<ConsumerRecord<String, byte[]>> records = read("ipe.missions.v1", missionId, 8);
        assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                "fr.ipe.mission.DelegationSigned.v1", "fr.ipe.mission.ReimbursementCommitted.v1",
                "fr.ipe.mission.MissionLetterIssued.v1", "fr.ipe.mission.MissionLetterIssued.v1",
                "fr.ipe.mission.MissionCertified.v1", "fr.ipe.mission.MissionCertified.v1",
                "fr.ipe.mission.MissionEnded.v1", "fr.ipe.mission.ReimbursementReleased.v1");
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_source")).isEqualTo("mission-service");
            assertThat(header(record, "ce_subject")).isEqualTo(missionId);
            assertThat(header(record, "ce_academie")).isEqualTo("lyon");
            assertThat(header(record, "ce_sequence")).isEqualTo(String.valueOf(i));
            assertThat(header(record, "ce_id")).isNotBlank();
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Morgan");
        }
    }

    /**
     * The commitment, the two certifications and the release of the early end, in finance's feed: the commitment less
     * the release is what certifications can make due, to the cent (two years and 1 September – 17 December 2021).
     */
    void checkFundingFeed(String missionId) {
        List<JsonNode> funding = Convention2007Scenario.fundingEventsOf(gateway, token.apply("finance"), missionId, null,
                50);
        assertThat(funding).extracting(e -> e.get("type").asText()).containsExactly(
                "fr.ipe.mission.ReimbursementCommitted.v1", "fr.ipe.mission.MissionCertified.v1",
                "fr.ipe.mission.MissionCertified.v1", "fr.ipe.mission.ReimbursementReleased.v1");
        assertThat(funding.get(0).get("data").get("committedCents").asLong()).isEqualTo(3 * YEARLY);
        assertThat(funding.get(1).get("data").get("reimbursementDueCents").asLong()).isEqualTo(YEARLY);
        assertThat(funding.get(2).get("data").get("schoolYear").asText()).isEqualTo("2020-2021");
        // 3 months and 17/31 of December at 1 860 000 a year: 550 000
        assertThat(funding.get(3).get("data").get("committedCents").asLong()).isEqualTo(2 * YEARLY + 550_000L);
        assertThat(funding.get(3).get("data").get("releasedCents").asLong()).isEqualTo(YEARLY - 550_000L);
    }

    /** The views, and who may read them. */
    void checkViews(String missionId) {
        String mission = "/api/missions/" + missionId;
        JsonNode view = ok(gateway.get(mission, token.apply("rectorat-lyon")), 200).body();
        assertThat(view.get("letters")).hasSize(2);
        assertThat(view.get("certifications")).hasSize(2);
        assertThat(view.toString()).doesNotContain("Morgan");
        assertThat(gateway.get(mission, token.apply("rectorat-aix-marseille")).status()).isEqualTo(403);
        assertThat(gateway.get(mission, token.apply("ipe-lyon")).status()).isEqualTo(403);
        assertThat(gateway.get("/api/missions?academie=lyon", token.apply("rectorat-aix-marseille")).status())
                .isEqualTo(403);
        JsonNode own = ok(gateway.get("/api/missions/ipes/me/missions", token.apply("ipe-lyon")), 200).body();
        assertThat(own).hasSize(1);
        assertThat(ok(gateway.get("/api/missions/" + own.get(0).get("missionId").asText(), token.apply("ipe-lyon")),
                200).body().get("activity").get("academie").asText()).isEqualTo("lyon");
        // the business clock operation, routed by the gateway like conventions'
        assertThat(ok(gateway.get("/api/missions/operations/business-clock", token.apply("ops")), 200).body()
                .get("settable").asBoolean()).isTrue();
        JsonNode reimbursements = ok(gateway.get("/api/missions/reimbursements?limit=200&companySiret=" + SIRET,
                token.apply("finance")), 200).body();
        assertThat(reimbursements.toString()).contains(missionId);
        // 1 September 2021 – 17 December 2021: 3 months and 17/31 in school year 2021-2022
        JsonNode activity = ok(gateway.get("/api/missions/activity?period=2021-2022", token.apply("rectorat-lyon")),
                200).body();
        assertThat(activity.get("academies")).hasSize(1);
        assertThat(activity.get("academies").get(0).get("months").decimalValue()).isEqualByComparingTo("3.5");
    }

    private List<ConsumerRecord<String, byte[]>> read(String topic, String key, int expected) {
        Map<String, Object> config = Map.of("bootstrap.servers", kafkaBootstrap, "group.id", "system-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
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

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ApiClient.Response ok(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        return response;
    }
}
