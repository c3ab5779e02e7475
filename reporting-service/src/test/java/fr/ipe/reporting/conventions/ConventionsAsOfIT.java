package fr.ipe.reporting.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.contracts.PublishedEvent;
import fr.ipe.contracts.Topics;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.engines.Engines;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeServiceTest;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The conventions view "as of" an instant, replayed from the stream: the past as it was, the present as it is. */
@IpeServiceTest
class ConventionsAsOfIT {

    static final Instant DRAFTED_AT = Instant.parse("2024-06-03T09:00:00Z");
    static final Instant SIGNED_AT = Instant.parse("2024-06-24T15:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    CloudEventCodec codec;
    final TestTokens tokens = TestTokens.get();

    @Test
    void aReportOfThePastIsReproducedAndTheReplayOfNowEqualsTheLiveView() throws Exception {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String id = UUID.randomUUID().toString();
        LocalDate start = LocalDate.of(2024, 9, 1);
        List<Party> parties = List.of(new Party(PartyRole.RECTORAT, "Rectorat de Lyon", "lyon"),
                new Party(PartyRole.ENTREPRISE, "Entreprise", "42843689300013"));
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                Engines.get().kafkaBootstrapServers()), new StringSerializer(), new CloudEventSerializer())) {
            send(producer, new ConventionDrafted(id, ConventionKind.PARTNERSHIP, "Partenariat", "Stages", "lyon",
                    parties, start, 3, LocalDate.of(2027, 8, 31), 0, List.of(), MonthDay.of(12, 31), null, List.of(),
                    null), 0, DRAFTED_AT);
            send(producer, new ConventionPartySigned(id, "lyon", PartyRole.RECTORAT, "Le recteur", start), 1, SIGNED_AT);
            send(producer, new ConventionPartySigned(id, "lyon", PartyRole.ENTREPRISE, "La directrice", start), 2,
                    SIGNED_AT);
            send(producer, new ConventionSigned(id, "lyon", start), 3, SIGNED_AT);
        }
        String national = tokens.bearer(Roles.NATIONAL);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var live = api.get("/api/reports/conventions/" + id, national);
            return live.status() == 200 && "SIGNED".equals(live.body().get("status").asText());
        });

        JsonNode before = api.get("/api/reports/conventions/as-of?at=2024-06-10T00:00:00Z&conventionId=" + id, national).body();
        assertThat(before.get("items")).hasSize(1);
        assertThat(before.get("items").get(0).get("status").asText()).as("as it stood on 10 June").isEqualTo("DRAFTED");
        assertThat(before.get("items").get(0).get("signatures")).isEmpty();

        JsonNode now = api.get("/api/reports/conventions/as-of?at=" + Instant.now() + "&conventionId=" + id, national).body();
        JsonNode live = api.get("/api/reports/conventions/" + id, national).body();
        assertThat(now.get("items").get(0)).as("the replay of now is the live view").isEqualTo(live);
        assertThat(now.get("eventsRead").asLong()).isGreaterThanOrEqualTo(4);

        // a report keeps the position it was replayed to: replaying to it reproduces the report to the event, even
        // after later events
        JsonNode asDrafted = api.get("/api/reports/conventions/as-of?at=2024-06-10T00:00:00Z", national).body();
        String position = positionParameter(asDrafted.get("position"));
        JsonNode again = api.get("/api/reports/conventions/as-of?position=" + position + "&conventionId=" + id,
                national).body();
        assertThat(again.get("items")).isEqualTo(before.get("items"));
        assertThat(again.get("position")).isEqualTo(asDrafted.get("position"));
        JsonNode atNow = api.get("/api/reports/conventions/as-of?position="
                + positionParameter(now.get("position")) + "&conventionId=" + id, national).body();
        assertThat(atNow.get("items")).isEqualTo(now.get("items"));
        var neither = api.get("/api/reports/conventions/as-of", national);
        assertThat(neither.status()).isEqualTo(422);
        assertThat(neither.body().get("field").asText()).isEqualTo("at");
        var both = api.get("/api/reports/conventions/as-of?at=" + Instant.now() + "&position=0:1", national);
        assertThat(both.status()).isEqualTo(422);
        var badPosition = api.get("/api/reports/conventions/as-of?position=0:x", national);
        assertThat(badPosition.status()).isEqualTo(400);
        assertThat(badPosition.body().get("field").asText()).isEqualTo("position");

        var grenoble = api.get("/api/reports/conventions/as-of?at=" + Instant.now() + "&conventionId=" + id,
                tokens.bearer(Roles.RECTORAT, "grenoble"));
        assertThat(grenoble.status()).isEqualTo(200);
        assertThat(grenoble.body().get("items")).as("another académie's convention stays out of reach").isEmpty();
        var badInstant = api.get("/api/reports/conventions/as-of?at=yesterday", national);
        assertThat(badInstant.status()).isEqualTo(400);
        assertThat(badInstant.body().get("field").asText()).isEqualTo("at");
    }

    private static String positionParameter(JsonNode position) {
        StringBuilder text = new StringBuilder();
        position.fields().forEachRemaining(entry -> text.append(text.isEmpty() ? "" : ",").append(entry.getKey())
                .append(':').append(entry.getValue().asLong()));
        return text.toString();
    }

    private void send(KafkaProducer<String, CloudEvent> producer, PublishedEvent event, long sequence, Instant at)
            throws Exception {
        producer.send(new ProducerRecord<>(Topics.CONVENTIONS, event.aggregateId(),
                codec.encode(UUID.randomUUID().toString(), at, sequence, "test", event))).get();
    }
}
