package fr.ipe.stagebank.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.platform.domain.Identifiers;
import fr.ipe.platform.security.Roles;
import fr.ipe.stagebank.StageBankIT;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rectorat's CSV of établissements as rectorats actually save it, and as it can go wrong: every row is checked
 * first, a file is registered whole or not at all (even when the service fails half-way), and every row error names
 * its line, field and rule.
 */
@StageBankIT
class EtablissementImportIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HEADER = "uai,bassin,kind,name,priorities\n";
    /** UAIs of the Vaucluse (084), which no other test uses, each with its right check letter. */
    static final AtomicInteger NEXT_UAI = new AtomicInteger(1000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    final TestTokens tokens = TestTokens.get();
    String aix;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        aix = tokens.bearer(Roles.RECTORAT, "aix-marseille");
    }

    @Test
    void aNulInACellIsARowErrorNamingLineAndFieldAndNothingOfTheFileIsRegistered() throws Exception {
        String first = freshUai();
        String second = freshUai();
        HttpResponse<String> answer = importCsv(HEADER
                + first + ",avignon,COLLEGE,Collège Joseph Roumanille,REP\n"
                + second + ",avignon,COLLEGE,Collège\u0000Anselme Mathieu,\n");

        JsonNode errors = refused(answer);
        assertThat(errors).hasSize(1);
        assertError(errors.get(0), 3, "name", "control-character");
        assertThat(errors.get(0).get("message").asText()).contains("U+0000");
        assertNotRegistered(first, second);
    }

    @Test
    void aServiceFailureHalfWayThroughRegistersNoRowOfTheFile() throws Exception {
        String first = freshUai();
        String second = freshUai();
        String third = freshUai();
        jdbc.execute("CREATE OR REPLACE FUNCTION fail_on_panne() RETURNS trigger AS $$ BEGIN"
                + " IF NEW.name = 'Panne simulée' THEN RAISE EXCEPTION 'simulated failure of the view'; END IF;"
                + " RETURN NEW; END $$ LANGUAGE plpgsql");
        jdbc.execute("CREATE TRIGGER fail_on_panne BEFORE INSERT ON etablissement_view FOR EACH ROW"
                + " EXECUTE FUNCTION fail_on_panne()");
        try {
            HttpResponse<String> answer = importCsv(HEADER
                    + first + ",avignon,COLLEGE,Collège Viala,\n"
                    + second + ",avignon,COLLEGE,Collège Saint-Jean,\n"
                    + third + ",avignon,COLLEGE,Panne simulée,\n");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        } finally {
            jdbc.execute("DROP TRIGGER fail_on_panne ON etablissement_view");
            jdbc.execute("DROP FUNCTION fail_on_panne()");
        }
        assertNotRegistered(first, second, third);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier IN (?, ?, ?)",
                Long.class, first, second, third)).as("no event of the refused file was stored").isZero();
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsARowErrorNamingItsLine() throws Exception {
        String first = freshUai();
        String second = freshUai();
        HttpResponse<String> answer = importCsv(HEADER
                + first + ",avignon,COLLEGE,Collège Alphonse Tavan,REP,QPV\n"
                + second + ",avignon,CASERNE,Caserne,\n");

        JsonNode errors = refused(answer);
        assertThat(errors).hasSize(2);
        assertError(errors.get(0), 2, "column 6", "row-fields");
        assertThat(errors.get(0).get("message").asText()).contains("6 fields").contains("5");
        assertError(errors.get(1), 3, "kind", "kind");
        assertNotRegistered(first, second);
    }

    @Test
    void aUtf8FileWithAByteOrderMarkIsImportedAsSpreadsheetsSaveIt() throws Exception {
        String uai = freshUai();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (HEADER + uai + ",avignon,LYCEE_PROFESSIONNEL,Lycée René Char,ESPOIR_BANLIEUES\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        HttpResponse<String> answer = importCsv(file);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(api.get("/api/stage-bank/etablissements/" + uai, aix).body().get("name").asText())
                .isEqualTo("Lycée René Char");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheLineInsteadOfStoringReplacementCharacters() throws Exception {
        String first = freshUai();
        String second = freshUai();
        byte[] latin1 = (HEADER + first + ",avignon,COLLEGE,Collège Paul Giéra,\n"
                + second + ",avignon,COLLEGE,Collège Roumanille,\n").getBytes(StandardCharsets.ISO_8859_1);

        JsonNode errors = refused(importCsv(latin1));
        assertThat(errors).hasSize(1);
        assertError(errors.get(0), 2, "file", "utf-8");
        assertThat(errors.get(0).get("message").asText()).contains("UTF-8");
        assertNotRegistered(first, second);
    }

    @Test
    void everyControlCharacterInAnyCellIsARowError() throws Exception {
        List<String> uais = List.of(freshUai(), freshUai(), freshUai(), freshUai(), freshUai(), freshUai());
        HttpResponse<String> answer = importCsv(HEADER
                + uais.get(0) + ",avignon,COLLEGE,Collège\u0007 Mistral,\n"
                + uais.get(1) + ",avi\u001bgnon,COLLEGE,Collège Mistral,\n"
                + uais.get(2) + ",avignon,COLLEGE,Collège Mistral\u007f,\n"
                + uais.get(3) + ",avignon,COLLEGE,Collège\u0085Mistral,\n"
                + uais.get(4) + ",avignon,COLLEGE,Collège Mistral,REP\u009b\n"
                + uais.get(5) + ",avignon,COLLEGE,\"Collège\nMistral\",\n");

        JsonNode errors = refused(answer);
        assertThat(errors).hasSize(6);
        assertError(errors.get(0), 2, "name", "control-character");
        assertError(errors.get(1), 3, "bassin", "control-character");
        assertError(errors.get(2), 4, "name", "control-character");
        assertError(errors.get(3), 5, "name", "control-character");
        assertError(errors.get(4), 6, "priorities", "control-character");
        assertError(errors.get(5), 7, "name", "control-character");
        assertNotRegistered(uais.toArray(String[]::new));
    }

    @Test
    void aUaiWhoseCheckLetterIsWrongIsARowError() throws Exception {
        String digits = freshUai().substring(0, 7);
        char right = Identifiers.uaiCheckLetter(digits);
        String wrong = digits + (right == 'A' ? 'B' : 'A');
        JsonNode errors = refused(importCsv(HEADER + wrong + ",avignon,COLLEGE,Collège Mistral,\n"));
        assertThat(errors).hasSize(1);
        assertError(errors.get(0), 2, "uai", "uai-check-letter");
        assertThat(errors.get(0).get("message").asText()).contains(digits + right);
        assertNotRegistered(wrong);
    }

    /**
     * Creations racing on the event store's unique (aggregate, sequence) key, each import in its own transaction:
     * never a 500 (two imports each in one transaction could wait on each other unseen until Axon's unit of work timed
     * out), and every row registered once.
     */
    @Test
    void concurrentImportsOfTheSameNewEtablissementsAllSucceedAndRegisterEachOnce() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(freshUai() + ",carpentras,COLLEGE,Collège " + i + ",REP\n");
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                List<String> shuffled = new ArrayList<>(rows);
                Collections.shuffle(shuffled, new Random(i));
                answers.add(pool.submit(() -> importCsv(HEADER + String.join("", shuffled))));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> again = importCsv(HEADER + String.join("", rows));
        assertThat(JSON.readTree(again.body()).get("unchanged").asInt()).as(again.body()).isEqualTo(30);
        for (String row : rows) {
            String uai = row.substring(0, 8);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                    Long.class, uai)).as("registered once: " + uai).isEqualTo(1);
        }
    }

    static String freshUai() {
        String digits = String.format("084%04d", NEXT_UAI.getAndIncrement());
        return digits + Identifiers.uaiCheckLetter(digits);
    }

    private JsonNode refused(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("rule").asText()).isEqualTo("invalid-import-rows");
        return problem.get("errors");
    }

    private static void assertError(JsonNode error, int line, String field, String rule) {
        assertThat(error.get("line").asInt()).as(error.toString()).isEqualTo(line);
        assertThat(error.get("field").asText()).as(error.toString()).isEqualTo(field);
        assertThat(error.get("rule").asText()).as(error.toString()).isEqualTo(rule);
    }

    private void assertNotRegistered(String... uais) {
        for (String uai : uais) {
            assertThat(api.get("/api/stage-bank/etablissements/" + uai, aix).status()).as(uai).isEqualTo(404);
        }
    }

    private HttpResponse<String> importCsv(String csv) {
        return CsvImports.post(port, aix, "aix-marseille", csv);
    }

    private HttpResponse<String> importCsv(byte[] csv) {
        return CsvImports.post(port, aix, "aix-marseille", csv);
    }
}
