package fr.ipe.convention.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.convention.ConventionServiceIT;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.Demo;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The write path never answers a success for what it did not save, and strict input is refused before it. */
@ConventionServiceIT
class WritePathIT {

    /** A signatory whose view the database refuses to store, while {@link #failingView} stands. */
    static final String FAILING_SIGNATORY = "A signatory the view cannot store";

    @LocalServerPort
    int port;
    @Autowired
    EventStore events;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    final String national = TestTokens.get().bearer(Roles.NATIONAL);

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    /**
     * Stands for any failure of the view projection, in the command's transaction: the view's own write is refused by
     * the database (a trigger on its table) for a view that names {@link #FAILING_SIGNATORY}, and for no other.
     */
    private AutoCloseable failingView() {
        jdbc.execute("CREATE OR REPLACE FUNCTION refuse_failing_signatory() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN IF NEW.document::text LIKE '%" + FAILING_SIGNATORY + "%' THEN"
                + " RAISE EXCEPTION 'the view cannot store this signatory'; END IF; RETURN NEW; END $$");
        jdbc.execute("CREATE TRIGGER refuse_failing_signatory BEFORE INSERT OR UPDATE ON convention_view"
                + " FOR EACH ROW EXECUTE FUNCTION refuse_failing_signatory()");
        return () -> jdbc.execute("DROP TRIGGER refuse_failing_signatory ON convention_view");
    }

    @Test
    void aProjectionFailureInsideTheCommandReachesTheClientAndNothingIsCommitted() throws Exception {
        String id = draft();

        ApiClient.Response signed;
        try (AutoCloseable failing = failingView()) {
            signed = api.post("/api/conventions/" + id + "/signatures", national,
                    Demo.signature("MINISTRY", FAILING_SIGNATORY, "2007-03-01"), "If-Match", "\"0\"");
        }

        assertThat(signed.status()).as(signed.text()).isEqualTo(500);
        assertThat(signed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(signed.body().get("rule").asText()).isEqualTo("internal-error");
        assertThat(events.readEvents(id).asStream().count()).as("only the draft is in the event store").isEqualTo(1);
        var view = api.get("/api/conventions/" + id, national);
        assertThat(view.header("ETag")).isEqualTo("\"0\"");
        assertThat(view.body().get("signatures").size()).isZero();

        var retried = api.post("/api/conventions/" + id + "/signatures", national,
                Demo.signature("MINISTRY", "DGESCO", "2007-03-01"), "If-Match", "\"0\"");
        assertThat(retried.status()).as("the failed command left nothing behind").isEqualTo(200);
    }

    @Test
    void aSignatoryWithANulCharacterIsRefusedNamingTheField() {
        String id = draft();
        var nul = api.post("/api/conventions/" + id + "/signatures", national,
                Demo.signature("MINISTRY", "X\u0000Y", "2007-03-01"));
        assertThat(nul.status()).as(nul.text()).isEqualTo(400);
        assertThat(nul.header("Content-Type")).startsWith("application/problem+json");
        assertThat(nul.body().get("field").asText()).isEqualTo("signatory");
        assertThat(nul.body().get("rule").asText()).isEqualTo("control-character");
        assertThat(events.readEvents(id).asStream().count()).isEqualTo(1);

        var multiLine = new HashMap<>(Demo.nationalConvention2007());
        multiLine.put("objectives", "Premier objectif\r\n\tSecond objectif");
        assertThat(api.post("/api/conventions", national, multiLine).status()).as("tab and line breaks are text")
                .isEqualTo(201);
    }

    @Test
    void lenientJsonIsRefusedWithAProblemNamingTheField() {
        String id = draft();
        String path = "/api/conventions/" + id + "/signatures";
        String valid = "{\"party\":\"MINISTRY\",\"signatory\":\"DGESCO\",\"signedOn\":\"2007-03-01\"}";
        assertRefused(api.post(path, national, valid + " {\"x\":1}"), null);
        var duplicate = api.post(path, national, valid.replace("{", "{\"party\":\"ASSOCIATION\","));
        assertRefused(duplicate, "party");
        assertThat(duplicate.body().get("rule").asText()).isEqualTo("duplicate-key");
        assertRefused(api.post(path, national, valid.replace("\"2007-03-01\"", "20070301")), "signedOn");
        assertRefused(api.post(path, national, valid.replace("\"2007-03-01\"", "\"2007-02-30\"")), "signedOn");
        assertRefused(api.post(path, national, valid.replace("\"2007-03-01\"", "\"+999999999-12-31\"")), "signedOn");
        assertRefused(api.post(path, national, valid.replace("\"MINISTRY\"", "0")), "party");
        assertRefused(api.post(path, national, valid.replace("\"DGESCO\"", "12")), "signatory");
        assertThat(events.readEvents(id).asStream().count()).isEqualTo(1);

        Map<String, Object> fraction = new HashMap<>(Demo.nationalConvention2007());
        fraction.put("durationYears", 4.5);
        assertRefused(api.post("/api/conventions", national, fraction), "durationYears");
        Map<String, Object> tooMuch = new HashMap<>(Demo.nationalConvention2007());
        tooMuch.put("subsidyTotalCents", Long.MAX_VALUE);
        assertRefused(api.post("/api/conventions", national, tooMuch), "subsidyTotalCents");
    }

    @Test
    void aDuplicateKeyIsRefusedNamingItsPath() {
        String ministry = "\"name\":\"Ministère de l'Éducation nationale (DGESCO)\"";
        String body = json(Demo.nationalConvention2007());
        assertThat(body).contains(ministry);
        var duplicate = api.post("/api/conventions", national, body.replace(ministry, ministry + ",\"name\":\"DGESCO\""));
        assertRefused(duplicate, "parties[0].name");
        assertThat(duplicate.body().get("rule").asText()).isEqualTo("duplicate-key");
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheFieldWhereverItIs() {
        String id = draft();
        String path = "/api/conventions/" + id + "/signatures";
        String escaped = "{\"party\":\"MINISTRY\",\"signatory\":\"X\\ud800Y\",\"signedOn\":\"2007-03-01\"}";
        var asEscape = api.post(path, national, escaped);
        assertRefused(asEscape, "signatory");
        assertThat(asEscape.body().get("rule").asText()).isEqualTo("unpaired-surrogate");
        byte[] raw = escaped.replace("\\ud800", "\u0000").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int nul = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('\u0000');
        byte[] asBytes = new byte[raw.length + 2];
        System.arraycopy(raw, 0, asBytes, 0, nul);
        asBytes[nul] = (byte) 0xED;
        asBytes[nul + 1] = (byte) 0xA0;
        asBytes[nul + 2] = (byte) 0x80;
        System.arraycopy(raw, nul + 1, asBytes, nul + 3, raw.length - nul - 1);
        var inBytes = api.post(path, national, asBytes);
        assertRefused(inBytes, "signatory");
        assertThat(inBytes.body().get("rule").asText()).as("UTF-8 has no lone surrogate").isEqualTo("not-utf-8");
        assertThat(events.readEvents(id).asStream().count()).as("nothing was signed").isEqualTo(1);

        var pair = api.post(path, national, escaped.replace("\\ud800", "\\ud83d\\ude00"));
        assertThat(pair.status()).as("a whole pair is text: " + pair.text()).isEqualTo(200);
        assertThat(pair.body().get("signatures").get(0).get("signatory").asText()).isEqualTo("X\ud83d\ude00Y");

        var query = api.get("/api/conventions?party=a%ED%A0%80b", national);
        assertRefused(query, "party");
        assertThat(query.body().get("rule").asText()).isEqualTo("not-utf-8");
        // Tomcat itself refuses a path that is not UTF-8 once decoded, before any filter
        assertRefused(api.get("/api/conventions/a%ED%A0%80b", national), null);
    }

    private static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefused(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("rule").asText()).isNotBlank();
        if (field != null) {
            assertThat(response.body().get("field").asText()).as(response.text()).isEqualTo(field);
        }
    }

    private String draft() {
        var drafted = api.post("/api/conventions", national, Demo.nationalConvention2007());
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        return drafted.body().get("conventionId").asText();
    }
}
