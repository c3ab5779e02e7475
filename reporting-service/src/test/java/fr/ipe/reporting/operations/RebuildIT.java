package fr.ipe.reporting.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import fr.ipe.contracts.PublishedEvent;
import fr.ipe.contracts.Topics;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.engines.Engines;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeServiceTest;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import fr.ipe.platform.views.Generations;
import fr.ipe.reporting.conventions.ConventionsProjectionIT;
import fr.ipe.platform.views.ViewEngine;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A rebuild under load: queries keep answering, and the generation it switches to equals the live view. */
@IpeServiceTest
@ExtendWith(OutputCaptureExtension.class)
class RebuildIT {

    private static final String REBUILDS = "/api/reports/operations/rebuilds";

    @LocalServerPort
    int port;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    ViewEngine engine;
    @Autowired
    MongoClient mongo;
    @Autowired
    MongoProperties mongoProperties;

    ApiClient api;
    KafkaProducer<String, CloudEvent> events;
    final TestTokens tokens = TestTokens.get();

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        events = new KafkaProducer<>(Map.of("bootstrap.servers", Engines.get().kafkaBootstrapServers(),
                "enable.idempotence", true, "acks", "all"), new StringSerializer(), new CloudEventSerializer());
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void aRebuildUnderLoadKeepsQueriesAnsweringAndSwitchesToAGenerationEqualToTheLiveOne() throws Exception {
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = UUID.randomUUID().toString();
            before.add(id);
            publish(ConventionsProjectionIT.nationalConventionSigned(id, null));
        }
        String ops = tokens.bearer(Roles.OPS);
        String national = tokens.bearer(Roles.NATIONAL);
        // every one of them whole (their events are spread over partitions, applied a poll at a time)
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Document> now = snapshot();
            return before.stream().allMatch(sent -> now.containsKey(sent)
                    && "SIGNED".equals(now.get(sent).getString("status")));
        });
        // the conventions this test published (other tests of this JVM also project events straight, not from Kafka)
        Map<String, Document> live = snapshot();
        live.keySet().retainAll(before);
        int generationBefore = engine.generations().current("conventions");

        // load: new conventions keep coming, queries keep reading, during the whole rebuild
        AtomicBoolean loading = new AtomicBoolean(true);
        List<String> during = new CopyOnWriteArrayList<>();
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        Thread load = new Thread(() -> {
            while (loading.get()) {
                String id = UUID.randomUUID().toString();
                during.add(id);
                publish(ConventionsProjectionIT.nationalConventionSigned(id, null));
                answers.merge(api.get("/api/reports/conventions/" + before.get(0), national).status(), 1, Integer::sum);
                int listed = api.get("/api/reports/conventions?limit=10", national).body().get("items").size();
                answers.merge(listed == 10 ? 200 : -1, 1, Integer::sum);
                pause(20);
            }
        });
        load.start();

        var started = api.post(REBUILDS, ops, Map.of("views", List.of("conventions"), "keepPrevious", true));
        assertThat(started.status()).isEqualTo(202);
        String id = started.body().get("id").asText();
        assertThat(started.header("Location")).isEqualTo(REBUILDS + "/" + id);
        assertThat(api.post(REBUILDS, ops, Map.of("views", List.of("conventions"))).status())
                .as("one rebuild of a view at a time").isEqualTo(409);

        List<String> pushed = progressEvents(id);
        JsonNode done = await().atMost(Duration.ofSeconds(60)).until(() -> api.get(REBUILDS + "/" + id, ops).body(),
                body -> "DONE".equals(body.get("state").asText()));
        loading.set(false);
        load.join();

        assertThat(pushed).isNotEmpty();
        assertThat(pushed.get(pushed.size() - 1)).contains("\"state\":\"DONE\"");
        assertThat(answers).as("every query answered during the rebuild").containsOnlyKeys(200);
        assertThat(done.get("eventsRead").asLong()).isGreaterThanOrEqualTo(before.size() * 4L);
        assertThat(engine.generations().current("conventions")).isGreaterThan(generationBefore);

        // the live stream now feeds the new generation: what was sent during the rebuild is all there, once
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Document> now = snapshot();
            return during.stream().allMatch(sent -> now.containsKey(sent)
                    && "SIGNED".equals(now.get(sent).getString("status")));
        });
        Map<String, Document> rebuilt = snapshot();
        for (String convention : during) {
            assertThat(rebuilt.get(convention)).as("sent during the rebuild: " + convention).isNotNull();
            assertThat(rebuilt.get(convention).getString("status")).isEqualTo("SIGNED");
        }
        Map<String, Document> comparable = rebuilt.entrySet().stream().filter(e -> live.containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(comparable).as("the rebuilt generation equals the live one").isEqualTo(live);

        // the previous generation was kept as a rollback point until ops drop it
        String previous = Generations.physicalName("conventions", done.get("previousGenerations").get("conventions").asInt());
        assertThat(count(previous)).isGreaterThan(0);
        assertThat(api.delete(REBUILDS + "/" + id + "/previous-generation", ops).status()).isEqualTo(200);
        assertThat(count(previous)).isZero();
        assertThat(api.delete(REBUILDS + "/" + id, ops).status()).as("cancel a finished rebuild").isEqualTo(409);
    }

    @Test
    void aSnapshotShowsAViewAsItStoodAndItsPositionReproducesItExactly() throws Exception {
        String id = UUID.randomUUID().toString();
        List<PublishedEvent> history = ConventionsProjectionIT.nationalConventionSigned(id, null);
        Instant drafted = Instant.parse("2007-01-15T10:00:00Z");
        Instant signed = Instant.parse("2007-03-01T10:00:00Z");
        for (int i = 0; i < history.size(); i++) {
            publish(history.get(i), i, i == 0 ? drafted : signed);
        }
        String national = tokens.bearer(Roles.NATIONAL);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var live = api.get("/api/reports/conventions/" + id, national);
            return live.status() == 200 && "SIGNED".equals(live.body().get("status").asText());
        });

        JsonNode february = built(api.post("/api/reports/snapshots", national,
                Map.of("views", List.of("conventions"), "at", "2007-02-01T00:00:00Z")));
        var asOfFebruary = api.get("/api/reports/conventions/" + id + "?snapshot=" + february.get("id").asText(),
                national);
        assertThat(asOfFebruary.status()).isEqualTo(200);
        assertThat(asOfFebruary.body().get("status").asText()).as("as it stood on 1 February 2007").isEqualTo("DRAFTED");
        assertThat(api.get("/api/reports/conventions/" + id, national).body().get("status").asText())
                .as("the live view goes on").isEqualTo("SIGNED");

        // issue: a snapshot named by one request leaked into later plain requests served by the same threads
        String snapshotRead = "/api/reports/conventions/" + id + "?snapshot=" + february.get("id").asText();
        List<String> plainReads = new CopyOnWriteArrayList<>();
        List<String> snapshotReads = new CopyOnWriteArrayList<>();
        Thread[] readers = new Thread[4];
        for (int t = 0; t < readers.length; t++) {
            readers[t] = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    snapshotReads.add(api.get(snapshotRead, national).body().get("status").asText());
                    plainReads.add(api.get("/api/reports/conventions/" + id, national).body().get("status").asText());
                }
            });
            readers[t].start();
        }
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(plainReads).hasSize(100).containsOnly("SIGNED");
        assertThat(snapshotReads).hasSize(100).containsOnly("DRAFTED");
        var liveOfSnapshot = api.get("/api/reports/bilans/2007/live?snapshot=" + february.get("id").asText(),
                national);
        assertThat(liveOfSnapshot.status()).as("a snapshot never changes: no live stream of it").isIn(404, 422);

        // the position a snapshot reached reproduces it to the event
        JsonNode again = built(api.post("/api/reports/snapshots", tokens.bearer(Roles.OPS),
                Map.of("views", List.of("conventions"), "position", february.get("position"))));
        assertThat(api.get("/api/reports/conventions/" + id + "?snapshot=" + again.get("id").asText(), national)
                .body()).isEqualTo(asOfFebruary.body());
        assertThat(again.get("position")).isEqualTo(february.get("position"));

        assertThat(api.get("/api/reports/conventions/" + id + "?snapshot=" + UUID.randomUUID(), national).status())
                .isEqualTo(404);
        assertThat(api.post("/api/reports/snapshots", national, Map.of("views", List.of("conventions"))).status())
                .as("an instant or a position").isEqualTo(422);
        assertThat(api.post("/api/reports/snapshots", tokens.bearer(Roles.RECTORAT, "lyon"),
                Map.of("at", "2007-02-01T00:00:00Z")).status()).isEqualTo(403);
        assertThat(api.delete("/api/reports/snapshots/" + february.get("id").asText(), national).status())
                .isEqualTo(200);
        assertThat(api.get("/api/reports/conventions/" + id + "?snapshot=" + february.get("id").asText(), national)
                .status()).as("a dropped snapshot").isEqualTo(404);
    }

    private JsonNode built(ApiClient.Response started) {
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String id = started.body().get("id").asText();
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> api.get("/api/reports/snapshots/" + id, tokens.bearer(Roles.OPS)).body(),
                body -> "DONE".equals(body.get("state").asText()));
    }

    /** Issue: a 404 on a progress stream logged "No converter for ProblemDetail … text/event-stream". */
    @Test
    void anUnknownRebuildsProgressStreamIsAProblemAndNoErrorInTheLog(CapturedOutput log) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + port + REBUILDS + "/" + UUID.randomUUID() + "/progress"))
                .header("Authorization", tokens.bearer(Roles.OPS)).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404");
        assertThat(log.getAll()).doesNotContain("No converter").doesNotContain("HttpMessageNotWritableException");
    }

    @Test
    void onlyOpsRebuildAndAnUnknownViewIsRefused() {
        assertThat(api.post(REBUILDS, tokens.bearer(Roles.NATIONAL), Map.of("views", List.of("conventions"))).status())
                .isEqualTo(403);
        var unknown = api.post(REBUILDS, tokens.bearer(Roles.OPS), Map.of("views", List.of("no-such-view")));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().get("field").asText()).isEqualTo("views");
        assertThat(api.get(REBUILDS + "/" + UUID.randomUUID(), tokens.bearer(Roles.OPS)).status()).isEqualTo(404);
        assertThat(api.get(REBUILDS, tokens.bearer(Roles.OPS)).body().get("views").has("conventions")).isTrue();
    }

    private Map<String, Document> snapshot() {
        Map<String, Document> docs = new TreeMap<>();
        // the facts as the views hold them, without the engine's own bookkeeping of who wrote them how
        engine.current("conventions").collection("conventions").find().forEach(doc -> {
            doc.remove("_writer");
            docs.put(doc.getString("_id"), doc);
        });
        return docs;
    }

    /** Counts a generation's collection by its own name, past the routing. */
    private long count(String physical) {
        return mongo.getDatabase(mongoProperties.getMongoClientDatabase()).getCollection(physical).countDocuments();
    }

    private List<String> progressEvents(String id) throws Exception {
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + port + REBUILDS + "/" + id + "/progress"))
                .header("Authorization", tokens.bearer(Roles.OPS)).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().filter(line -> line.startsWith("data:")).toList();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void publish(PublishedEvent event, long sequence, Instant time) {
        try {
            events.send(new ProducerRecord<>(Topics.CONVENTIONS, event.aggregateId(),
                    codec.encode(UUID.randomUUID().toString(), time, sequence, "test", event))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void publish(List<PublishedEvent> history) {
        try {
            for (int i = 0; i < history.size(); i++) {
                PublishedEvent event = history.get(i);
                events.send(new ProducerRecord<>(Topics.CONVENTIONS, event.aggregateId(),
                        codec.encode(UUID.randomUUID().toString(), Instant.now(), i, "test", event))).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
