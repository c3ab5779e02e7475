package fr.ipe.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The filter on the platform's own idempotency_key table, in H2's PostgreSQL mode (ON CONFLICT DO NOTHING): replays,
 * refusals, expiry after the retention period and the answers forgotten with an erased resource.
 */
class IdempotencyKeyFilterTest {

    @RestController
    static class Conventions {
        final AtomicInteger drafts = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();

        @PostMapping("/api/conventions")
        ResponseEntity<Map<String, Object>> draft(@RequestBody Map<String, Object> body) {
            int n = drafts.incrementAndGet();
            return ResponseEntity.created(URI.create("/api/conventions/c" + n)).eTag("\"0\"")
                    .body(Map.of("conventionId", "c" + n, "title", body.get("title")));
        }

        @PostMapping("/api/conventions/unavailable")
        ResponseEntity<String> unavailable(@RequestBody Map<String, Object> body) {
            failures.incrementAndGet();
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("{}");
        }
    }

    static final String DRAFT = "{\"title\":\"Convention pluriannuelle 2007-2011\",\"durationYears\":4}";

    JdbcTemplate jdbc;
    Conventions conventions;
    MockMvc mvc;
    final MutableClock clock = new MutableClock();
    IdempotencyStore store;

    /** A clock the test moves forward, so expiry is tested without waiting. */
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        DriverManagerDataSource db = new DriverManagerDataSource(
                "jdbc:h2:mem:idempotency-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(db);
        // the production migration; H2 spells PostgreSQL's TIMESTAMPTZ in full
        for (String migration : List.of("V2__idempotency_keys.sql", "V3__idempotency_answers_expire.sql")) {
            jdbc.execute(new ClassPathResource("db/platform/" + migration)
                    .getContentAsString(StandardCharsets.UTF_8).replace("TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE"));
        }
        conventions = new Conventions();
        store = new IdempotencyStore(jdbc, Duration.ofHours(24), clock);
        mvc = MockMvcBuilders.standaloneSetup(conventions)
                .addFilters(new IdempotencyKeyFilter(store, Jackson2ObjectMapperBuilder.json().build())).build();
        actAs("national-user");
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRetryGetsTheFirstResponseBackWithoutRunningTwice() throws Exception {
        draft("key-1", DRAFT).andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyKeyFilter.REPLAYED_HEADER));
        draft("key-1", "{\"durationYears\":4, \"title\":\"Convention pluriannuelle 2007-2011\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyKeyFilter.REPLAYED_HEADER, "true"))
                .andExpect(header().string("Location", "/api/conventions/c1"))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.conventionId").value("c1"));
        assertThat(conventions.drafts).as("the same request in another key order is the same request").hasValue(1);

        draft("key-2", DRAFT).andExpect(status().isCreated()).andExpect(jsonPath("$.conventionId").value("c2"));
        actAs("rectorat-lyon");
        draft("key-1", DRAFT).andExpect(status().isCreated()).andExpect(jsonPath("$.conventionId").value("c3"))
                .andExpect(header().doesNotExist(IdempotencyKeyFilter.REPLAYED_HEADER));
        assertThat(conventions.drafts).as("keys are per caller").hasValue(3);
    }

    @Test
    void theSameKeyWithAnotherRequestIs422() throws Exception {
        draft("key-1", DRAFT).andExpect(status().isCreated());
        expectProblem(draft("key-1", "{\"title\":\"Autre convention\",\"durationYears\":4}"), 422,
                "idempotency-key-reused");
        assertThat(conventions.drafts).hasValue(1);
    }

    @Test
    void aRetryWhileTheFirstIsRunningIs409() throws Exception {
        draft("key-1", DRAFT).andExpect(status().isCreated());
        // the first request claimed its key but has not stored its response yet
        jdbc.update("INSERT INTO idempotency_key (idempotency_key, principal, request_hash, created_at)"
                + " VALUES (?, ?, ?, ?)", "key-running", "national-user", "in-flight",
                java.time.OffsetDateTime.now(clock));
        expectProblem(draft("key-running", DRAFT), 409, "idempotency-key-in-flight");
        assertThat(conventions.drafts).hasValue(1);
    }

    @Test
    void anAnswerExpiresAfterTheRetentionPeriodAndIsSweptAway() throws Exception {
        draft("key-1", DRAFT).andExpect(status().isCreated());
        clock.now = clock.now.plus(Duration.ofHours(23));
        draft("key-1", DRAFT).andExpect(header().string(IdempotencyKeyFilter.REPLAYED_HEADER, "true"));
        assertThat(store.sweepExpired()).as("within the period nothing is swept").isZero();

        clock.now = clock.now.plus(Duration.ofHours(2));
        draft("key-2", DRAFT).andExpect(status().isCreated());
        assertThat(store.sweepExpired()).as("the answer of key-1, 25 hours old").isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT idempotency_key FROM idempotency_key", String.class))
                .containsExactly("key-2");
        draft("key-1", DRAFT).andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyKeyFilter.REPLAYED_HEADER))
                .andExpect(jsonPath("$.conventionId").value("c3"));
    }

    @Test
    void anExpiredAnswerNotYetSweptIsNeitherReplayedNorBlocking() throws Exception {
        draft("key-1", DRAFT).andExpect(status().isCreated());
        clock.now = clock.now.plus(Duration.ofHours(25));
        draft("key-1", "{\"title\":\"Autre convention\",\"durationYears\":4}").andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyKeyFilter.REPLAYED_HEADER));
        assertThat(conventions.drafts).hasValue(2);
    }

    @Test
    void answersAboutAnErasedResourceAreForgottenAndTheirKeysStayUsed() throws Exception {
        draft("key-created", DRAFT).andExpect(status().isCreated());
        post("/api/conventions/c1/signatures", "key-sent-to", DRAFT).andExpect(status().isNotFound());
        draft("key-other", DRAFT).andExpect(status().isCreated());

        assertThat(store.forget("/api/conventions/c1")).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_key WHERE idempotency_key <> 'key-other'"
                + " AND (body IS NOT NULL OR location IS NOT NULL OR etag IS NOT NULL OR request_path IS NOT NULL"
                + " OR request_hash <> ?)", Integer.class, IdempotencyStore.FORGOTTEN))
                .as("nothing of c1's answers is kept, not even the requests' hashes").isZero();
        expectProblem(draft("key-created", DRAFT), 409, "idempotency-answer-erased")
                .andExpect(header().doesNotExist(IdempotencyKeyFilter.REPLAYED_HEADER))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("c1"))));
        expectProblem(post("/api/conventions/c1/signatures", "key-sent-to", DRAFT), 409, "idempotency-answer-erased");
        draft("key-other", DRAFT).andExpect(header().string(IdempotencyKeyFilter.REPLAYED_HEADER, "true"))
                .andExpect(jsonPath("$.conventionId").value("c2"));
        assertThat(conventions.drafts).as("a forgotten answer is not run again").hasValue(2);
    }

    @Test
    void theAnswersKeptUnderAnErasedCallersNameAreForgotten() throws Exception {
        actAs("ipe-erased");
        draft("key-1", DRAFT).andExpect(status().isCreated());
        actAs("national-user");
        draft("key-1", DRAFT).andExpect(status().isCreated());
        assertThat(store.forgetCaller("ipe-erased")).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT principal FROM idempotency_key", String.class))
                .containsExactly("national-user");
    }

    @Test
    void aServerFailureIsNotStoredSoTheRetryRunsAgain() throws Exception {
        post("/api/conventions/unavailable", "key-1", DRAFT).andExpect(status().isServiceUnavailable());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_key", Integer.class)).isZero();
        post("/api/conventions/unavailable", "key-1", DRAFT).andExpect(status().isServiceUnavailable())
                .andExpect(header().doesNotExist(IdempotencyKeyFilter.REPLAYED_HEADER));
        assertThat(conventions.failures).hasValue(2);
    }

    @Test
    void aKeyTooLongOrBlankIs400() throws Exception {
        expectProblem(draft("k".repeat(256), DRAFT), 400, "invalid-idempotency-key")
                .andExpect(jsonPath("$.field").value(IdempotencyKeyFilter.HEADER));
        expectProblem(draft(" ", DRAFT), 400, "invalid-idempotency-key");
        draft("k".repeat(255), DRAFT).andExpect(status().isCreated());
        assertThat(conventions.drafts).hasValue(1);
    }

    @Test
    void requestsWithoutAKeyAreLeftAlone() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/conventions")
                .contentType(MediaType.APPLICATION_JSON).content(DRAFT)).andExpect(status().isCreated());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/conventions")
                .contentType(MediaType.APPLICATION_JSON).content(DRAFT)).andExpect(status().isCreated());
        assertThat(conventions.drafts).hasValue(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_key", Integer.class)).isZero();
    }

    private ResultActions draft(String key, String body) throws Exception {
        return post("/api/conventions", key, body);
    }

    private ResultActions post(String path, String key, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header(IdempotencyKeyFilter.HEADER, key).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static void actAs(String principal) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(principal, null, "NATIONAL"));
    }

    private static ResultActions expectProblem(ResultActions result, int status, String rule) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value(rule));
    }
}
