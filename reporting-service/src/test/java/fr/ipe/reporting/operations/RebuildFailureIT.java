package fr.ipe.reporting.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.contracts.Topics;
import fr.ipe.contracts.convention.ConventionEvent;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.views.Generations;
import fr.ipe.platform.views.ViewEngine;
import fr.ipe.platform.views.ViewProjection;
import fr.ipe.platform.views.ViewStore;
import fr.ipe.reporting.conventions.ConventionsProjectionIT;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Issue: a rebuild that died (an {@code OutOfMemoryError}) said RUNNING forever, its progress stream never ended and
 * its partial generation stayed. Whatever ends a rebuild, an {@link Error} included, it ends FAILED, its partial
 * generation goes, its lock is released and its progress stream ends.
 */
@IpeServiceTest
@Import(RebuildFailureIT.Failing.class)
class RebuildFailureIT {

    private static final String REBUILDS = "/api/reports/operations/rebuilds";
    static final AtomicBoolean ARMED = new AtomicBoolean();

    /** A view whose projection throws an Error while rebuilt, once armed. */
    @TestConfiguration
    static class Failing {
        @Bean
        ViewProjection failingView() {
            return new ViewProjection() {
                @Override
                public String view() {
                    return "failing";
                }

                @Override
                public Set<String> collections() {
                    return Set.of("failing_facts");
                }

                @Override
                public void prepare(ViewStore store) {
                    // the generation exists from the start, so that its drop is seen
                    store.collection("failing_facts").createIndex(Indexes.ascending("seen"));
                }

                @Override
                public boolean project(ReceivedEvent event, ViewStore store) {
                    if (!(event.payload() instanceof ConventionEvent)) {
                        return false;
                    }
                    if (ARMED.get() && store.generation() > 0) {
                        throw new LinkageError("a class went missing half way through the rebuild");
                    }
                    return store.facts("failing_facts").apply(event.subject(), event.sequence(),
                            doc -> doc.append("seen", true));
                }
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    ViewEngine engine;
    @Autowired
    MongoDatabase database;

    final TestTokens tokens = TestTokens.get();

    @Test
    void aRebuildThatThrowsAnErrorEndsFailedDropsItsGenerationAndClosesItsStream() throws Exception {
        try (KafkaProducer<String, CloudEvent> events = new KafkaProducer<>(Map.of("bootstrap.servers",
                Engines.get().kafkaBootstrapServers(), "acks", "all"), new StringSerializer(),
                new CloudEventSerializer())) {
            String id = UUID.randomUUID().toString();
            var history = ConventionsProjectionIT.nationalConventionSigned(id, null);
            for (int i = 0; i < history.size(); i++) {
                events.send(new ProducerRecord<>(Topics.CONVENTIONS, id,
                        codec.encode(UUID.randomUUID().toString(), Instant.now(), i, "test", history.get(i)))).get();
            }
        }
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String ops = tokens.bearer(Roles.OPS);
        ARMED.set(true);
        try {
            var started = api.post(REBUILDS, ops, Map.of("views", List.of("failing")));
            assertThat(started.status()).isEqualTo(202);
            String id = started.body().get("id").asText();
            int target = started.body().get("generations").get("failing").asInt();

            HttpResponse<java.util.stream.Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://127.0.0.1:" + port + REBUILDS + "/" + id + "/progress"))
                    .header("Authorization", ops).header("Accept", "text/event-stream")
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofLines());
            List<String> pushed = stream.body().filter(line -> line.startsWith("data:")).toList();
            assertThat(pushed).as("the stream ended, its last event the failure").isNotEmpty();
            assertThat(pushed.get(pushed.size() - 1)).contains("\"state\":\"FAILED\"").contains("LinkageError");

            JsonNode failed = api.get(REBUILDS + "/" + id, ops).body();
            assertThat(failed.get("state").asText()).isEqualTo("FAILED");
            assertThat(failed.get("finishedAt").isNull()).isFalse();
            assertThat(engine.generations().current("failing")).as("the current generation stays").isZero();
            assertThat(exists(Generations.physicalName("failing_facts", target)))
                    .as("the partial generation is dropped").isFalse();
        } finally {
            ARMED.set(false);
        }
        // the lock went with it: the view can be rebuilt again
        var again = api.post(REBUILDS, ops, Map.of("views", List.of("failing")));
        assertThat(again.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get(REBUILDS + "/" + again.body().get("id").asText(),
                ops).body().get("state").asText(), "DONE"::equals);
    }

    private boolean exists(String collection) {
        return database.listCollectionNames().into(new java.util.ArrayList<>()).contains(collection);
    }
}
