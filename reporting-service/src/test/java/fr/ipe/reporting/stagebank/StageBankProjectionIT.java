package fr.ipe.reporting.stagebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.ipe.contracts.PublishedEvent;
import fr.ipe.contracts.Topics;
import fr.ipe.contracts.stage.OfferEntrant;
import fr.ipe.contracts.stage.PlacementCancelled;
import fr.ipe.contracts.stage.PlacesReserved;
import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.contracts.stage.StageNeedStated;
import fr.ipe.contracts.stage.StageOfferPublished;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.kafka.ReceivedEvent;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import fr.ipe.platform.views.ViewEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The stage bank's figures from ipe.stages.v1: counted once whatever the duplicates, confined to the académie. */
@IpeServiceTest
class StageBankProjectionIT {

    static final LocalDate ON = LocalDate.of(2009, 10, 5);

    @LocalServerPort
    int port;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    StageBankProjection projection;
    @Autowired
    ViewEngine engine;

    final TestTokens tokens = TestTokens.get();

    @Test
    void figuresPerAcademieAndPeriodCountEachEventOnceAndStayInTheAcademie() throws Exception {
        String academie = "amiens";
        String offer = UUID.randomUUID().toString();
        String priorityNeed = UUID.randomUUID().toString();
        String otherNeed = UUID.randomUUID().toString();
        List<PublishedEvent> offerEvents = List.of(
                new StageOfferPublished(offer, academie, "amiens-sud", "55208131766522", "Atelier", "Industrie",
                        "Maintenance", List.of(StageLevel.BAC_PRO), 4, List.of("2009-W46", "2009-W47", "2010-W02"),
                        null, OfferEntrant.RECTORAT, ON),
                new PlacesReserved(offer, "p1", priorityNeed, academie, "0800001A", true, StageLevel.BAC_PRO, 3,
                        List.of("2009-W46", "2009-W47"), ON),
                new PlacesReserved(offer, "p2", otherNeed, academie, "0800002B", false, StageLevel.BAC_PRO, 1,
                        List.of("2009-W46"), ON),
                new PlacesReserved(offer, "p3", otherNeed, academie, "0800002B", false, StageLevel.BAC_PRO, 1,
                        List.of("2009-W47"), ON),
                new PlacementCancelled(offer, "p3", otherNeed, academie, 1, List.of("2009-W47"), ON, "placé"));
        try (KafkaProducer<String, CloudEvent> events = new KafkaProducer<>(Map.of("bootstrap.servers",
                Engines.get().kafkaBootstrapServers(), "acks", "all"), new StringSerializer(),
                new CloudEventSerializer())) {
            send(events, new StageNeedStated(priorityNeed, academie, "0800001A", "amiens-sud", StageLevel.BAC_PRO,
                    "MEI", 3, List.of("2009-W46", "2009-W47"), null, ON), 0);
            send(events, new StageNeedStated(otherNeed, academie, "0800002B", "amiens-sud", StageLevel.BAC_PRO,
                    "MEI", 5, List.of("2009-W46"), null, ON), 0);
            for (int i = 0; i < offerEvents.size(); i++) {
                send(events, offerEvents.get(i), i);
                send(events, offerEvents.get(i), i);
            }
        }
        String national = tokens.bearer(Roles.NATIONAL);
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String path = "/api/reports/stage-bank/academies/" + academie + "/periods/2009-2010";
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(path, national).body().get("placements").asInt() == 2);
        var figures = api.get(path, national).body();
        assertThat(figures.get("offers").asInt()).isEqualTo(1);
        assertThat(figures.get("placeWeeksOffered").asLong()).isEqualTo(12);
        assertThat(figures.get("placesPlaced").asLong()).isEqualTo(4);
        assertThat(figures.get("placeWeeksPlaced").asLong()).isEqualTo(7);
        assertThat(figures.get("priorityPlacesPlaced").asLong()).isEqualTo(3);
        assertThat(figures.get("priorityShare").decimalValue()).isEqualByComparingTo("75.0");
        assertThat(figures.get("needs").asInt()).isEqualTo(2);
        assertThat(figures.get("pupilsInNeed").asLong()).isEqualTo(8);
        assertThat(figures.get("unmetNeeds").asInt()).isEqualTo(1);
        assertThat(figures.get("unmetPupils").asLong()).isEqualTo(4);

        var civil2010 = api.get("/api/reports/stage-bank/academies/" + academie + "/periods/2010", national).body();
        assertThat(civil2010.get("placeWeeksOffered").asLong()).isEqualTo(4);
        assertThat(civil2010.get("placements").asInt()).isZero();

        assertThat(api.get(path, tokens.bearer(Roles.RECTORAT, academie)).status()).isEqualTo(200);
        assertThat(api.get(path, tokens.bearer(Roles.RECTORAT, "lyon")).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/stage-bank/academies/amiens/periods/2009-2011", national).status())
                .isEqualTo(422);

        assertThat(projection.project(received(offerEvents.get(1), 1), engine.current(StageBankView.VIEW))).as("a replay is ignored").isFalse();
    }

    private void send(KafkaProducer<String, CloudEvent> events, PublishedEvent event, long sequence)
            throws Exception {
        events.send(new ProducerRecord<>(Topics.STAGES, event.aggregateId(),
                codec.encode(UUID.randomUUID().toString(), Instant.now(), sequence, "test", event))).get();
    }

    private static ReceivedEvent received(PublishedEvent event, long sequence) {
        return new ReceivedEvent(UUID.randomUUID().toString(), "t", "test", event.aggregateId(), event.academieScope(),
                sequence, Instant.parse("2024-01-01T00:00:00Z").atOffset(ZoneOffset.UTC), event, Topics.STAGES, 0, 0);
    }
}
