package fr.ipe.reporting.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.contracts.PublishedEvent;
import fr.ipe.contracts.Topics;
import fr.ipe.contracts.convention.SubsidyPaid;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.SubsidyReduced;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.engines.Engines;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeServiceTest;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IpeServiceTest
class FundingFeedIT {

    @LocalServerPort
    int port;
    @Autowired
    CloudEventCodec codec;

    ApiClient api;
    KafkaProducer<String, CloudEvent> events;
    KafkaProducer<String, byte[]> raw;
    final TestTokens tokens = TestTokens.get();

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        Map<String, Object> config = Map.of("bootstrap.servers", Engines.get().kafkaBootstrapServers(),
                "enable.idempotence", true, "acks", "all");
        events = new KafkaProducer<>(config, new StringSerializer(), new CloudEventSerializer());
        raw = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void tearDown() {
        events.close();
        raw.close();
    }

    @Test
    void aCursorAtTheLargestOffsetIsPastTheEndNotAWrapToTheStart() {
        send(new SubsidyNotified(UUID.randomUUID().toString(), 2007, 1L, LocalDate.of(2007, 3, 1)), 0);
        var page = api.get("/api/reports/funding?after=" + Long.MAX_VALUE, tokens.bearer(Roles.FINANCE));
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.body().get("events")).isEmpty();
        assertThat(page.body().get("next").asText()).isEqualTo(Long.toString(Long.MAX_VALUE));
    }

    /** One event of ours as produced: its CloudEvent id, its offset and what the feed must show of it. */
    record Produced(String id, long offset, String type, long sequence, long amountCents) {
    }

    @Test
    void financePagesThroughTheFeedByOffsetWithStableCursors() {
        String conventionId = UUID.randomUUID().toString();
        List<PublishedEvent> history = List.of(
                new SubsidyNotified(conventionId, 2007, 180_000_000L, LocalDate.of(2007, 3, 1)),
                new SubsidyPaid(conventionId, 2007, 90_000_000L, LocalDate.of(2007, 4, 2)),
                new SubsidyNotified(conventionId, 2008, 180_000_000L, LocalDate.of(2008, 2, 1)),
                new SubsidyReduced(conventionId, 2008, 20_000_000L, LocalDate.of(2008, 6, 1), "art. 7"),
                new SubsidyPaid(conventionId, 2008, 80_000_000L, LocalDate.of(2008, 7, 1)),
                new SubsidyPaid(conventionId, 2007, 90_000_000L, LocalDate.of(2007, 12, 1)),
                new SubsidyNotified(conventionId, 2009, 180_000_000L, LocalDate.of(2009, 2, 1)));
        List<Produced> produced = new ArrayList<>();
        long poisonInside = -1;
        for (int i = 0; i < history.size(); i++) {
            produced.add(send(history.get(i), i));
            if (i == 2) {
                poisonInside = sendPoison(conventionId);
            }
        }
        long poisonAtEnd = sendPoison(conventionId);
        List<String> ours = produced.stream().map(Produced::id).toList();
        String finance = tokens.bearer(Roles.FINANCE);

        Pass byTwo = readAll(finance, null, 2);
        Pass byFive = readAll(finance, null, 5);
        assertThat(byTwo.ids()).containsSubsequence(ours);
        assertThat(byTwo.ids().stream().filter(ours::contains).toList()).isEqualTo(ours);
        assertThat(byTwo.ids()).doesNotHaveDuplicates();
        assertThat(byFive.ids()).startsWith(byTwo.ids().toArray(String[]::new));
        assertThat(byTwo.pages()).allSatisfy(page -> assertThat(page.size()).isLessThanOrEqualTo(2));
        assertThat(byFive.pages()).allSatisfy(page -> assertThat(page.size()).isLessThanOrEqualTo(5));
        // cursors are offsets: they only grow, and the last one is past the unreadable record at the end
        assertThat(byTwo.cursors()).isSorted().doesNotHaveDuplicates();
        assertThat(Long.parseLong(byTwo.last())).isGreaterThanOrEqualTo(poisonAtEnd);
        assertThat(Long.parseLong(byFive.last())).isGreaterThanOrEqualTo(poisonAtEnd);

        // a page made only of the unreadable record moves the cursor past it
        var poisonOnly = api.get("/api/reports/funding?limit=5&after=" + (poisonAtEnd - 1), finance);
        assertThat(poisonOnly.status()).isEqualTo(200);
        assertThat(poisonOnly.body().get("events")).isEmpty();
        assertThat(poisonOnly.body().get("next").asText()).isEqualTo(Long.toString(poisonAtEnd));

        // from a cursor in the middle of our events: the same events as the first pass from there on
        int middle = byTwo.ids().indexOf(ours.get(3));
        String cursor = Long.toString(produced.get(2).offset());
        Pass fromMiddle = readAll(finance, cursor, 3);
        assertThat(fromMiddle.ids()).startsWith(byTwo.ids().subList(middle, byTwo.ids().size()).toArray(String[]::new));
        assertThat(fromMiddle.ids()).doesNotContain(ours.get(0), ours.get(1), ours.get(2));
        var afterPoison = api.get("/api/reports/funding?limit=1&after=" + cursor, finance);
        assertThat(afterPoison.body().get("events").get(0).get("id").asText()).isEqualTo(ours.get(3));
        assertThat(afterPoison.body().get("next").asText()).isEqualTo(Long.toString(produced.get(3).offset()));
        assertThat(poisonInside).isBetween(produced.get(2).offset() + 1, produced.get(3).offset() - 1);

        // every event of ours in the CloudEvents JSON format, data embedded as JSON
        for (Produced expected : produced) {
            JsonNode event = byTwo.events().stream().filter(e -> e.get("id").asText().equals(expected.id()))
                    .findFirst().orElseThrow();
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("type").asText()).isEqualTo(expected.type());
            assertThat(event.get("source").asText()).isEqualTo("test");
            assertThat(event.get("subject").asText()).isEqualTo(conventionId);
            assertThat(OffsetDateTime.parse(event.get("time").asText())).isNotNull();
            assertThat(event.get("sequence").asText()).isEqualTo(Long.toString(expected.sequence()));
            assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.has("data_base64")).isFalse();
            assertThat(event.get("data").isObject()).isTrue();
            assertThat(event.get("data").get("conventionId").asText()).isEqualTo(conventionId);
            assertThat(event.get("data").get("amountCents").isNumber()).isTrue();
            assertThat(event.get("data").get("amountCents").asLong()).isEqualTo(expected.amountCents());
        }

        // caught up: the last cursor gives no events and comes back unchanged
        var caughtUp = api.get("/api/reports/funding?after=" + byFive.last(), finance);
        assertThat(caughtUp.status()).isEqualTo(200);
        assertThat(caughtUp.header("Content-Type")).startsWith("application/json");
        assertThat(caughtUp.body().get("events")).isEmpty();
        assertThat(caughtUp.body().get("next").asText()).isEqualTo(byFive.last());
        // the default page is 100 events
        var firstPage = api.get("/api/reports/funding", finance);
        assertThat(firstPage.body().get("events").size()).isEqualTo(Math.min(100, byFive.ids().size()));
    }

    @Test
    void onlyFinanceReadsTheFeedAndBadParametersAreProblems() {
        String finance = tokens.bearer(Roles.FINANCE);
        assertThat(api.get("/api/reports/funding", tokens.bearer(Roles.NATIONAL)).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/funding", tokens.bearer(Roles.RECTORAT, "lyon")).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/funding", tokens.bearer(Roles.OPS)).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/funding", null).status()).isEqualTo(401);

        for (String limit : List.of("0", "501", "-3")) {
            var bad = api.get("/api/reports/funding?limit=" + limit, finance);
            assertThat(bad.status()).as("limit=%s", limit).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(bad.body().get("field").asText()).isEqualTo("limit");
        }
        for (String after : List.of("abc", "-1", "1.5", "", "12345678901234567890", "9999999999999999999")) {
            var bad = api.get("/api/reports/funding?after=" + after, finance);
            assertThat(bad.status()).as("after=%s", after).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(bad.body().get("field").asText()).isEqualTo("after");
            assertThat(bad.body().get("rule").asText()).isEqualTo("invalid-cursor");
        }
        assertThat(api.get("/api/reports/funding?limit=500&after=0", finance).status()).isEqualTo(200);
        var docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/reports/funding")).isTrue();
    }

    /** Everything one reader sees following {@code next} from {@code after} until a page comes back empty. */
    record Pass(List<JsonNode> events, List<String> ids, List<List<String>> pages, List<Long> cursors, String last) {
    }

    private Pass readAll(String bearer, String after, int limit) {
        List<JsonNode> seen = new ArrayList<>();
        List<List<String>> pages = new ArrayList<>();
        List<Long> cursors = new ArrayList<>();
        String cursor = after;
        for (int guard = 0; guard < 10_000; guard++) {
            var response = api.get("/api/reports/funding?limit=" + limit + (cursor == null ? "" : "&after=" + cursor),
                    bearer);
            assertThat(response.status()).isEqualTo(200);
            JsonNode page = response.body().get("events");
            String next = response.body().get("next").isNull() ? null : response.body().get("next").asText();
            if (page.isEmpty()) {
                if (next != null && !next.equals(cursor)) {
                    // only unreadable records were left: the cursor moved past them
                    cursors.add(Long.parseLong(next));
                    cursor = next;
                    continue;
                }
                return new Pass(seen, seen.stream().map(e -> e.get("id").asText()).toList(), pages, cursors, cursor);
            }
            List<String> ids = new ArrayList<>();
            page.forEach(event -> {
                seen.add(event);
                ids.add(event.get("id").asText());
            });
            pages.add(ids);
            assertThat(next).isNotNull();
            cursors.add(Long.parseLong(next));
            cursor = next;
        }
        throw new AssertionError("the feed never ended");
    }

    private Produced send(PublishedEvent event, long sequence) {
        String id = UUID.randomUUID().toString();
        CloudEvent cloudEvent = codec.encode(id, Instant.now(), sequence, "test", event);
        try {
            long offset = events.send(new ProducerRecord<>(Topics.FUNDING, event.aggregateId(), cloudEvent)).get().offset();
            long amount = event instanceof SubsidyNotified e ? e.amountCents()
                    : event instanceof SubsidyPaid e ? e.amountCents()
                    : ((SubsidyReduced) event).amountCents();
            return new Produced(id, offset, cloudEvent.getType(), sequence, amount);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long sendPoison(String key) {
        try {
            return raw.send(new ProducerRecord<>(Topics.FUNDING, key, "{not a cloud event".getBytes(StandardCharsets.UTF_8)))
                    .get().offset();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
