package fr.ipe.reporting.stagebank;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.PublishedEvent;
import fr.ipe.contracts.Topics;
import fr.ipe.contracts.stage.OfferEntrant;
import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.contracts.stage.StageOfferPublished;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.http.LiveSubscription;
import fr.ipe.testkit.engines.Engines;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeServiceTest;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The stage bank's figures are pushed to their académie's subscribers as offers come, and not to another's. */
@IpeServiceTest
class StageBankLiveIT {

    @LocalServerPort
    int port;
    @Autowired
    CloudEventCodec codec;
    final TestTokens tokens = TestTokens.get();

    @Test
    void aNewOfferIsPushedToItsAcademiesSubscribersOnly() throws Exception {
        String url = "http://127.0.0.1:" + port + "/api/reports/stage-bank/academies/%s/periods/2011-2012/live";
        try (LiveSubscription dijon = LiveSubscription.open(url.formatted("dijon"),
                tokens.bearer(Roles.RECTORAT, "dijon"), null);
             LiveSubscription reims = LiveSubscription.open(url.formatted("reims"),
                     tokens.bearer(Roles.RECTORAT, "reims"), null);
             LiveSubscription intruder = LiveSubscription.open(url.formatted("dijon"),
                     tokens.bearer(Roles.RECTORAT, "reims"), null)) {
            assertThat(intruder.status()).as("another académie's figures").isEqualTo(403);
            LiveSubscription.Event first = dijon.next(Duration.ofSeconds(10));
            assertThat(first.name()).isEqualTo("stage-bank");
            long offersBefore = first.data().get("offers").asLong();
            reims.next(Duration.ofSeconds(10));

            publish(new StageOfferPublished(UUID.randomUUID().toString(), "dijon", "dijon-centre", "55208131766522",
                    "Atelier", "Industrie", "Maintenance", List.of(StageLevel.CAP), 2, List.of("2011-W47", "2012-W03"),
                    null, OfferEntrant.RECTORAT, LocalDate.of(2011, 10, 3)));

            LiveSubscription.Event pushed = dijon.next(Duration.ofSeconds(10));
            assertThat(pushed).as("pushed within seconds").isNotNull();
            assertThat(pushed.data().get("offers").asLong()).isEqualTo(offersBefore + 1);
            assertThat(Long.parseLong(pushed.id())).isGreaterThan(Long.parseLong(first.id() == null ? "0" : first.id()));
            assertThat(reims.next(Duration.ofSeconds(2))).as("another académie hears nothing").isNull();
        }
    }

    private void publish(PublishedEvent event) throws Exception {
        try (KafkaProducer<String, CloudEvent> events = new KafkaProducer<>(Map.of("bootstrap.servers",
                Engines.get().kafkaBootstrapServers()), new StringSerializer(), new CloudEventSerializer())) {
            events.send(new ProducerRecord<>(Topics.STAGES, event.aggregateId(),
                    codec.encode(UUID.randomUUID().toString(), Instant.now(), 0, "test", event))).get();
        }
    }
}
