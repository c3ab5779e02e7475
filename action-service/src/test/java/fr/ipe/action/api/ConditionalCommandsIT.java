package fr.ipe.action.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeServiceTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every command on an action takes If-Match and answers the action's new version as its ETag, as in every service: a
 * version the action has left (stale) or has not reached (ahead) is refused with 412 and changes nothing; a plan
 * answers 201 with its Location and its ETag. An action of Lyon is walked through its life, each command sent first
 * with a stale and an ahead version, then with the current one.
 */
@IpeServiceTest
class ConditionalCommandsIT {

    @LocalServerPort
    int port;

    ApiClient api;
    final TestTokens tokens = TestTokens.get();
    String ipe;
    String rectorat;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        ipe = tokens.bearer(Roles.IPE, "lyon");
        rectorat = tokens.bearer(Roles.RECTORAT, "lyon");
    }

    @Test
    void aPlanAnswersItsLocationAndItsFirstVersionAsItsETag() {
        var planned = api.post("/api/actions", ipe, ActionApiIT.plan("lyon"));
        assertThat(planned.status()).as(planned.text()).isEqualTo(201);
        String id = planned.body().get("actionId").asText();
        assertThat(planned.header("Location")).isEqualTo("/api/actions/" + id);
        assertThat(planned.header("ETag")).isEqualTo("\"0\"");
        assertThat(planned.body().get("version").asLong()).isZero();
    }

    @Test
    void anIfMatchAheadOfANewActionIsRefusedWith412() {
        String id = api.post("/api/actions", ipe, ActionApiIT.plan("lyon")).body().get("actionId").asText();

        refused(api.post("/api/actions/" + id + "/report", ipe, ActionApiIT.report(), "If-Match", "\"99\""), id, 0);
        assertThat(api.get("/api/actions/" + id, ipe).body().get("status").asText()).isEqualTo("PLANNED");
    }

    @Test
    void everyCommandOfAnActionsLifeRefusesAStaleOrAheadIfMatchAndAnswersItsNewVersion() {
        String id = api.post("/api/actions", ipe, ActionApiIT.plan("lyon")).body().get("actionId").asText();

        command(id, "/report", ipe, ActionApiIT.report());
        command(id, "/validation", rectorat, Map.of("validatedOn", "2007-04-10"));
        Map<String, Object> correction = new HashMap<>(Map.of("theme", "trades-information",
                "firstDay", "2007-03-12", "lastDay", "2007-03-16", "figures", ActionApiIT.report().get("figures"),
                "reason", "Deux élèves comptés après coup", "correctedOn", "2007-05-02"));
        command(id, "/corrections", ipe, correction);
        command(id, "/validation", rectorat, Map.of("validatedOn", "2007-05-10"));
        var cancelled = command(id, "/cancellation", rectorat, Map.of("reason", "Doublon d'une autre action",
                "cancelledOn", "2007-06-01"));
        assertThat(cancelled.body().get("status").asText()).isEqualTo("CANCELLED");
    }

    /** Sends {@code command} stale, ahead, then current; answers the last, whose ETag is the action's new version. */
    private ApiClient.Response command(String id, String command, String caller, Object body) {
        long version = version(id);
        String path = "/api/actions/" + id + command;
        if (version > 0) {
            refused(api.post(path, caller, body, "If-Match", "\"" + (version - 1) + "\""), id, version);
        }
        refused(api.post(path, caller, body, "If-Match", "\"" + (version + 1) + "\""), id, version);
        var answer = api.post(path, caller, body, "If-Match", "\"" + version + "\"");
        assertThat(answer.status()).as(command + ": " + answer.text()).isEqualTo(200);
        assertThat(answer.header("ETag")).as(command).isEqualTo("\"" + (version + 1) + "\"");
        assertThat(answer.body().get("version").asLong()).isEqualTo(version + 1);
        assertThat(version(id)).isEqualTo(version + 1);
        return answer;
    }

    private void refused(ApiClient.Response answer, String id, long version) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(412);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body().get("field").asText()).isEqualTo("If-Match");
        assertThat(version(id)).as("nothing changed").isEqualTo(version);
    }

    private long version(String id) {
        var action = api.get("/api/actions/" + id, tokens.bearer(Roles.NATIONAL));
        long version = action.body().get("version").asLong();
        assertThat(action.header("ETag")).isEqualTo("\"" + version + "\"");
        return version;
    }
}
