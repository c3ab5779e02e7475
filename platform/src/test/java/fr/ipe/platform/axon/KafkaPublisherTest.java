package fr.ipe.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.ipe.contracts.Topics;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.platform.kafka.CloudEventAttributes;
import fr.ipe.platform.kafka.CloudEventCodec;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

/** The outbox publisher: where each event goes, as what, and that a failed send keeps the batch unacknowledged. */
class KafkaPublisherTest {

    static final String CONVENTION = "c-2007";

    MockProducer<String, CloudEvent> producer;
    SimpleMeterRegistry meters;
    KafkaPublisher publisher;

    @BeforeEach
    void setUp() {
        Serializer<CloudEvent> unusedByMock = (topic, event) -> new byte[0];
        producer = new MockProducer<>(false, new StringSerializer(), unusedByMock) {
            @Override
            public void close(Duration timeout) {
                // KafkaTemplate closes its producer after each send; a real factory hands out a shared one
            }
        };
        meters = new SimpleMeterRegistry();
        KafkaTemplate<String, CloudEvent> kafka = new KafkaTemplate<>(new MockProducerFactory<>(() -> producer));
        // as the services' ObjectMapper: platform-defaults turns write-dates-as-timestamps off
        ObjectMapper json = Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        publisher = new KafkaPublisher(kafka, new CloudEventCodec(json), "convention-service", meters);
    }

    @Test
    void aFundingEventGoesToItsTopicAndToTheFundingFeedKeyedByAggregateAsACloudEvent() {
        DomainEventMessage<SubsidyNotified> message = message(3, new SubsidyNotified(CONVENTION, 2008, 180_000_000L,
                LocalDate.of(2008, 1, 15)));

        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(message);
        publisher.on(message.getPayload(), message);
        batch.commit();

        List<ProducerRecord<String, CloudEvent>> sent = producer.history();
        assertThat(sent).extracting(ProducerRecord::topic).containsExactly(Topics.CONVENTIONS, Topics.FUNDING);
        for (ProducerRecord<String, CloudEvent> record : sent) {
            assertThat(record.key()).isEqualTo(CONVENTION);
            assertThat(record.timestamp()).isEqualTo(message.getTimestamp().toEpochMilli());
            CloudEvent event = record.value();
            assertThat(event.getId()).isEqualTo(message.getIdentifier());
            assertThat(event.getType()).isEqualTo("fr.ipe.convention.SubsidyNotified.v1");
            assertThat(event.getSource()).hasToString("convention-service");
            assertThat(event.getSubject()).isEqualTo(CONVENTION);
            assertThat(event.getTime().toInstant()).isEqualTo(message.getTimestamp());
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(event.getExtension(CloudEventAttributes.SEQUENCE)).hasToString("3");
            assertThat(event.getExtension(CloudEventAttributes.ACADEMIE)).as("a national event").isNull();
            assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8))
                    .contains("\"amountCents\":180000000").contains("\"notifiedOn\":\"2008-01-15\"");
        }
        assertThat(meters.counter("ipe.events.published", "topic", Topics.FUNDING, "type",
                "fr.ipe.convention.SubsidyNotified.v1").count()).isEqualTo(1);
    }

    @Test
    void theBatchCommitsOnlyOnceKafkaAcknowledgedEverySend() {
        DomainEventMessage<SubsidyNotified> first = message(0, new SubsidyNotified(CONVENTION, 2007, 180_000_000L,
                LocalDate.of(2007, 3, 15)));
        DomainEventMessage<SubsidyNotified> second = message(1, new SubsidyNotified(CONVENTION, 2008, 180_000_000L,
                LocalDate.of(2008, 1, 15)));
        AtomicBoolean committed = new AtomicBoolean();

        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(first);
        batch.afterCommit(uow -> committed.set(true));
        publisher.on(first.getPayload(), first);
        publisher.on(second.getPayload(), second);
        assertThat(producer.history()).as("four sends, none acknowledged yet").hasSize(4);
        assertThat(committed).isFalse();
        batch.commit();

        assertThat(committed).isTrue();
        assertThat(producer.history()).extracting(r -> r.value().getExtension(CloudEventAttributes.SEQUENCE).toString())
                .containsExactly("0", "0", "1", "1");
    }

    @Test
    void aFailedSendRollsTheBatchBackSoItIsPublishedAgain() {
        DomainEventMessage<SubsidyNotified> message = message(0, new SubsidyNotified(CONVENTION, 2007, 180_000_000L,
                LocalDate.of(2007, 3, 15)));
        AtomicBoolean committed = new AtomicBoolean();
        AtomicBoolean rolledBack = new AtomicBoolean();

        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(message);
        batch.afterCommit(uow -> committed.set(true));
        batch.onRollback(uow -> rolledBack.set(true));
        publisher.on(message.getPayload(), message);
        producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("broker unavailable"));

        assertThatThrownBy(batch::commit).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Kafka did not acknowledge the batch");
        assertThat(committed).as("the token does not move").isFalse();
        assertThat(rolledBack).isTrue();
        assertThat(meters.counter("ipe.events.publish.failures").count()).isEqualTo(1);
    }

    private static <T> DomainEventMessage<T> message(long sequence, T payload) {
        return new GenericDomainEventMessage<>("Convention", CONVENTION, sequence, payload);
    }
}
