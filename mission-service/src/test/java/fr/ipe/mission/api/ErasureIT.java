package fr.ipe.mission.api;

import static fr.ipe.mission.api.MissionApiIT.expectRefusal;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.Topics;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.spring.IpeServiceTest;
import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After an erasure (GDPR art. 17) nothing of the IPE's personal data can be read back by any path: the API, an
 * Idempotency-Key retry, the service's tables (views, event store, stored answers), the published events, the logs;
 * and nothing more is done for the IPE, which is not erased while its recruitment goes on (issue 19, items 1 and 9).
 */
@IpeServiceTest
@ExtendWith(OutputCaptureExtension.class)
class ErasureIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    MissionSteps steps;
    ApiClient api;

    @BeforeEach
    void setUp() {
        steps = new MissionSteps(port);
        api = steps.api;
    }

    @Test
    void nothingOfAnErasedIpeCanBeReadBackByAnyPath(CapturedOutput logs) {
        String siret = steps.company();
        String name = MissionSteps.unique("Maëlle Effacée-");
        String account = MissionSteps.unique("ipe-erased-");
        Map<String, Object> registration = MissionSteps.ipeBody(siret, name, account);
        String contact = (String) registration.get("contact");
        String key = MissionSteps.unique("registration-");

        var registered = api.post("/api/missions/ipes", steps.association, registration, "Idempotency-Key", key);
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String ipeId = registered.body().get("ipeId").asText();
        assertThat(api.post("/api/missions/ipes", steps.association, registration, "Idempotency-Key", key)
                .header("Idempotency-Replayed")).as("the answer was stored, with the personal data").isEqualTo("true");
        // a candidature, rejected: the IPE is known to a need, then its recruitment is over
        String needId = steps.postedNeed(steps.lyon, "lyon");
        String candidature = steps.candidature(needId, ipeId);
        assertThat(api.post(candidature + "/rejection", steps.lyon, Map.of("on", "2007-06-01", "reason", "Profil"))
                .status()).isEqualTo(200);

        // the IPE's own request, refused but kept for its retries under its username, the account
        String ownToken = "Bearer " + steps.tokens.issuer().token(account, List.of(Roles.IPE), "lyon");
        assertThat(api.post("/api/missions/ipes", ownToken, registration, "Idempotency-Key", key).status())
                .isEqualTo(403);

        List<String> personal = List.of(name, contact, account);
        assertThat(tablesHolding(personal)).as("the search finds the copies there are before the erasure")
                .contains("ipe_view.name", "ipe_view.contact", "ipe_view.account", "idempotency_key.body",
                        "idempotency_key.principal");

        var erased = api.post("/api/missions/ipes/" + ipeId + "/erasure", steps.association, Map.of(),
                "Idempotency-Key", MissionSteps.unique("erasure-"));
        assertThat(erased.status()).as(erased.text()).isEqualTo(200);

        // the API, for every reader
        for (String reader : List.of(steps.association, steps.national, steps.lyon)) {
            assertThat(api.get("/api/missions/ipes/" + ipeId, reader).text()).doesNotContain(personal);
        }
        assertThat(api.get("/api/missions/ipes?limit=200", steps.association).text()).doesNotContain(personal);
        assertThat(api.get("/api/missions/ipes/me", ownToken).status()).isEqualTo(404);
        // the Idempotency-Key retry: the stored answer was forgotten in the erasure's transaction
        var retried = api.post("/api/missions/ipes", steps.association, registration, "Idempotency-Key", key);
        expectRefusal(retried, 409, "idempotency-answer-erased", "Idempotency-Key");
        assertThat(retried.text()).doesNotContain(personal).doesNotContain(ipeId);
        assertThat(retried.header("Idempotency-Replayed")).isNull();
        // every table of the service's database, text and binary columns
        assertThat(tablesHolding(personal)).isEmpty();
        // the published events: the IPE's id only, never its identity
        assertThat(MissionSteps.read(Topics.MISSIONS, ipeId, 1)).hasSize(1);
        List<ConsumerRecord<String, CloudEvent>> published = new ArrayList<>(MissionSteps.readAll(Topics.MISSIONS));
        published.addAll(MissionSteps.readAll(Topics.FUNDING));
        assertThat(published).isNotEmpty().allSatisfy(record -> assertThat(
                new String(record.value().getData().toBytes(), StandardCharsets.UTF_8)).doesNotContain(personal));
        // the logs of the whole run of this test
        assertThat(logs.getAll()).doesNotContain(personal);
    }

    @Test
    void anIpeSelectedForAMissionToComeIsNotErasedAndAnErasedIpeIsNoLongerRecruited() {
        String siret = steps.company();
        String selected = steps.ipe(siret, MissionSteps.unique("Sélectionné "), null);
        String needId = steps.selectedNeed(steps.lyon, "lyon", selected);
        expectRefusal(api.post("/api/missions/ipes/" + selected + "/erasure", steps.association, Map.of()), 409,
                "selection-in-progress", null);
        steps.mission(steps.lyon, needId, "2024-09-01", "2027-08-31");
        expectRefusal(api.post("/api/missions/ipes/" + selected + "/erasure", steps.association, Map.of()), 409,
                "retention-not-over", null);

        String candidate = steps.ipe(siret, MissionSteps.unique("Candidat "), null);
        String other = steps.postedNeed(steps.lyon, "lyon");
        String candidature = steps.candidature(other, candidate);
        assertThat(api.post("/api/missions/ipes/" + candidate + "/erasure", steps.association, Map.of()).status())
                .isEqualTo(200);
        expectRefusal(api.post(candidature + "/preselection", steps.association, Map.of("on", "2007-05-30")), 409,
                "ipe-erased", null);
        expectRefusal(api.post("/api/missions/needs/" + steps.postedNeed(steps.lyon, "lyon") + "/candidatures",
                steps.association, Map.of("ipeId", candidate, "submittedOn", "2007-05-14")), 409, "ipe-erased", null);
        assertThat(api.post(candidature + "/rejection", steps.lyon, Map.of("on", "2007-06-01",
                "reason", "Données personnelles effacées")).status()).as("its candidature can still be closed")
                .isEqualTo(200);
    }

    /** The tables and columns of the service's database where any of {@code values} is found. */
    private List<String> tablesHolding(List<String> values) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("SELECT table_name, column_name, data_type"
                + " FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND data_type IN ('text', 'character varying', 'jsonb', 'bytea')");
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            // binary columns (event payloads, stored answers) are searched byte for byte, as UTF-8
            boolean binary = "bytea".equals(column.get("data_type"));
            String condition = binary ? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
                    : "position(? in \"" + name + "\"::text) > 0";
            for (String value : values) {
                Integer count = jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\" WHERE " + condition,
                        Integer.class, value);
                if (count != null && count > 0) {
                    found.add(table + "." + name);
                }
            }
        }
        return found;
    }
}
