package fr.ipe.faults;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.contracts.Topics;
import fr.ipe.testkit.http.ApiClient;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Compares the conventions of the event store (convention-service's PostgreSQL), the conventions topic and reporting's
 * view (read through the gateway, so through the current generation). Nothing lost: every stored event is on the topic
 * and every stored convention is in the view at its last sequence. Nothing counted twice: the view holds as many
 * signatures as the store holds party signatures.
 */
final class Reconciliation {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String kafka;
    private final ApiClient gateway;
    private final Supplier<String> reader;

    Reconciliation(String jdbcUrl, String user, String password, String kafka, ApiClient gateway,
                   Supplier<String> reader) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.kafka = kafka;
        this.gateway = gateway;
        this.reader = reader;
    }

    /** The three sides at one moment, and what differs between them. */
    record Snapshot(long eventsStored, long conventionsStored, long recordsOnTopic, long eventsPublished,
                    long eventsApplied, long conventionsInView, List<String> differences) {

        boolean agrees() {
            return differences.isEmpty();
        }
    }

    private record Stored(long events, long lastSequence, long partySignatures) {
    }

    private record Viewed(long version, long signatures) {
    }

    Snapshot take() {
        Map<String, Stored> store = new HashMap<>();
        Set<String> storedIds = new HashSet<>();
        readStore(store, storedIds);
        Set<String> published = new HashSet<>();
        long records = readTopic(published);
        Map<String, Viewed> view = readView();

        List<String> differences = new ArrayList<>();
        long unpublished = storedIds.stream().filter(id -> !published.contains(id)).count();
        if (unpublished > 0) {
            differences.add(unpublished + " stored events not on " + Topics.CONVENTIONS);
        }
        long applied = 0;
        for (Map.Entry<String, Stored> stored : store.entrySet()) {
            Viewed viewed = view.get(stored.getKey());
            if (viewed == null) {
                differences.add("convention " + stored.getKey() + " missing from the view");
                continue;
            }
            applied += viewed.version() + 1;
            if (viewed.version() != stored.getValue().lastSequence()) {
                differences.add("convention " + stored.getKey() + " at sequence " + viewed.version() + " in the view, "
                        + stored.getValue().lastSequence() + " in the store");
            }
            if (viewed.signatures() != stored.getValue().partySignatures()) {
                differences.add("convention " + stored.getKey() + " has " + viewed.signatures() + " signatures in the "
                        + "view, " + stored.getValue().partySignatures() + " in the store");
            }
        }
        view.keySet().stream().filter(id -> !store.containsKey(id))
                .forEach(id -> differences.add("convention " + id + " in the view but not in the store"));
        return new Snapshot(storedIds.size(), store.size(), records, published.size(), applied, view.size(),
                differences.size() > 20 ? List.copyOf(differences.subList(0, 20)) : List.copyOf(differences));
    }

    /** Events in the event store alone (the broker may be down). */
    long eventsStored() {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("event store unreadable", e);
        }
    }

    /** Takes snapshots until the sides agree or {@code timeout} passes; answers the last one. */
    Snapshot awaitAgreement(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Snapshot snapshot = take();
        while (!snapshot.agrees() && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            snapshot = take();
        }
        return snapshot;
    }

    private void readStore(Map<String, Stored> store, Set<String> ids) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = db.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT aggregateidentifier, count(*), max(sequencenumber), "
                    + "count(*) FILTER (WHERE payloadtype LIKE '%.ConventionPartySigned') FROM domainevententry "
                    + "GROUP BY aggregateidentifier")) {
                while (rows.next()) {
                    store.put(rows.getString(1), new Stored(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT eventidentifier FROM domainevententry")) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("event store unreadable", e);
        }
    }

    /** Every record of the conventions topic; {@code ids} gets their CloudEvents ids. Answers the record count. */
    private long readTopic(Set<String> ids) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        long records = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CONVENTIONS, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(Topics.CONVENTIONS + " could not be read to its end");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        records++;
                        Header id = record.headers().lastHeader("ce_id");
                        if (id != null) {
                            ids.add(new String(id.value(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }
        return records;
    }

    private Map<String, Viewed> readView() {
        Map<String, Viewed> view = new HashMap<>();
        String after = null;
        do {
            ApiClient.Response page = gateway.get("/api/reports/conventions?limit=200"
                    + (after == null ? "" : "&after=" + after), reader.get());
            if (page.status() != 200) {
                throw new IllegalStateException("the conventions report answered " + page.status() + ": " + page.text());
            }
            for (JsonNode item : page.body().get("items")) {
                JsonNode signatures = item.get("signatures");
                view.put(item.get("conventionId").asText(), new Viewed(item.get("version").asLong(),
                        signatures == null || signatures.isNull() ? 0 : signatures.size()));
            }
            JsonNode next = page.body().get("next");
            after = next == null || next.isNull() ? null : next.asText();
        } while (after != null);
        return view;
    }
}
