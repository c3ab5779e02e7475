package fr.ipe.reporting.conventions;

import fr.ipe.contracts.Topics;
import fr.ipe.contracts.convention.ConventionEvent;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.kafka.PoisonMessageException;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.platform.kafka.TopicReads;
import fr.ipe.platform.views.Facts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;

/**
 * The conventions view as it stood at an instant or at a position of the stream, computed from the stream rather than
 * read from MongoDB: the events of {@code ipe.conventions.v1} up to that instant (their CloudEvents {@code time}) or
 * below that position (an offset per partition), applied in order with the live projection's own function and the same
 * sequence guard. So a report sent last year can be reproduced exactly (by its position, exactly to the event), and
 * asked "as of now" it equals the live view. It reads the whole topic: fine at the programme's scale, an ops and audit
 * tool rather than a page for every user.
 */
@Component
public class ConventionsAsOf {

    private static final Logger log = LoggerFactory.getLogger(ConventionsAsOf.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> config;
    private final CloudEventCodec codec;

    /**
     * The view as replayed: the facts in id order, how many records the replay read, and its position: per partition,
     * the offset after the last event it applied (give it to {@link #atPosition} to replay exactly as far again).
     */
    public record Replay(Instant asOf, Map<Integer, Long> position, long eventsRead, List<Document> conventions) {
    }

    @Autowired
    public ConventionsAsOf(KafkaProperties kafka, ObjectProvider<SslBundles> ssl, CloudEventCodec codec) {
        Map<String, Object> properties = TopicReads.withoutGroup(kafka.buildConsumerProperties(ssl.getIfAvailable()),
                "reporting-as-of");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        this.config = properties;
        this.codec = codec;
    }

    /** The view with every event whose CloudEvents time is at or before {@code asOf}. */
    public Replay at(Instant asOf) {
        return replay(asOf, (record, event) -> !event.time().toInstant().isAfter(asOf));
    }

    /** The view with every event below {@code position} (partition → offset; a partition not named: none of it). */
    public Replay atPosition(Map<Integer, Long> position) {
        return replay(null, (record, event) -> record.offset() < position.getOrDefault(record.partition(), 0L));
    }

    private Replay replay(Instant asOf, BiPredicate<ConsumerRecord<String, byte[]>, ReceivedEvent> included) {
        Map<String, Document> facts = new TreeMap<>();
        Map<Integer, Long> position = new TreeMap<>();
        long[] read = {0};
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            boolean complete = TopicReads.toEnd(consumer, Topics.CONVENTIONS, READ_TIMEOUT, record -> {
                read[0]++;
                position.putIfAbsent(record.partition(), 0L);
                ReceivedEvent event = decode(record);
                if (event != null && included.test(record, event)) {
                    apply(facts, event);
                    position.merge(record.partition(), record.offset() + 1, Math::max);
                }
                return true;
            });
            if (!complete) {
                throw new IllegalStateException("the conventions topic could not be read in " + READ_TIMEOUT);
            }
        }
        return new Replay(asOf, position, read[0], new ArrayList<>(facts.values()));
    }

    private ReceivedEvent decode(ConsumerRecord<String, byte[]> record) {
        try {
            return codec.decode(record);
        } catch (PoisonMessageException poison) {
            log.debug("As-of replay skips {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    poison.getMessage());
            return null;
        }
    }

    private static void apply(Map<String, Document> facts, ReceivedEvent event) {
        if (!(event.payload() instanceof ConventionEvent convention)) {
            return;
        }
        Document current = facts.get(event.subject());
        if (current != null && current.get(Facts.SEQUENCE, Number.class).longValue() >= event.sequence()) {
            return;
        }
        Document next = ConventionsProjection.evolve(current == null ? new Document("_id", event.subject())
                : new Document(current), convention).append("updatedAt", Date.from(event.time().toInstant()));
        next.put(Facts.SEQUENCE, event.sequence());
        facts.put(event.subject(), next);
    }
}
