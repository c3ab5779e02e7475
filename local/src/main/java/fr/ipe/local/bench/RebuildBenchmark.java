package fr.ipe.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.contracts.PublishedEvent;
import fr.ipe.contracts.Topics;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.local.bench.ContractEventWriter;
import fr.ipe.local.bench.Figure;
import fr.ipe.local.bench.Memory;
import fr.ipe.local.ops.OpsCli;
import fr.ipe.local.run.ServiceProcess;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.engines.FreePorts;
import fr.ipe.testkit.engines.KraftBroker;
import fr.ipe.testkit.engines.MongoEngine;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Rebuild speed against the raw read rate of the same topic: writes N convention events (drafted, two party signatures,
 * signed) to {@code ipe.conventions.v1} on an in-process broker, reads them all with a plain Kafka consumer, starts
 * reporting-service on them and waits until its live consumer caught up, then rebuilds the conventions view through the
 * API and prints events per second of each and their ratio. Usage: {@code bin/benchmark-rebuild [events]} (1 000 000).
 */
public final class RebuildBenchmark {

    private static final Party MINISTRY = new Party(PartyRole.MINISTRY, "DGESCO", null);
    private static final Party ASSOCIATION = new Party(PartyRole.ASSOCIATION, "Ingénieurs pour l'école", "42843689300013");

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path root = Path.of(System.getProperty("ipe.root", ".")).toAbsolutePath().normalize();
        measure(root, events);
        // the test tokens' key-set server (a process-wide HttpServer) would keep the JVM alive
        System.exit(0);
    }

    /** Runs the measure on engines of its own and answers its row of the benchmark table. */
    public static Figure measure(Path root, int events) throws Exception {
        Path data = Files.createTempDirectory("ipe-rebuild-benchmark");
        try (KraftBroker kafka = KraftBroker.start(data.resolve("kafka"), FreePorts.next(), FreePorts.next());
             MongoEngine mongo = MongoEngine.start(data.resolve("mongo").resolve("views.mv"), FreePorts.next())) {
            String bootstrap = kafka.bootstrapServers();
            createTopics(bootstrap);
            long written = produce(bootstrap, events / 4);
            System.out.printf("%,d events written to %s%n", written, Topics.CONVENTIONS);

            long rawStart = System.nanoTime();
            long raw = readAll(bootstrap);
            double rawRate = raw / ((System.nanoTime() - rawStart) / 1e9);
            System.out.printf("plain consumer: %,d records in %.1f s = %,.0f events/s%n", raw,
                    (System.nanoTime() - rawStart) / 1e9, rawRate);

            // the live consumer starts at the head: the rebuild alone reads the history (a live catch-up of the same
            // history would only double the run and measure the same projection)
            skipHistory(bootstrap);
            TestTokens tokens = TestTokens.get();
            int port = FreePorts.next();
            ServiceProcess reporting = ServiceProcess.start(root, "reporting-service", port, Map.of(
                    "IPE_KAFKA_BOOTSTRAP", bootstrap, "IPE_MONGO_URI", mongo.connectionString(),
                    "IPE_MONGO_DATABASE", "reporting", "IPE_JWK_SET_URI", tokens.jwkSetUri()), data.resolve("logs"));
            try {
                reporting.awaitReady(Duration.ofSeconds(240));
                ApiClient api = new ApiClient(reporting.url());
                String ops = tokens.bearer(Roles.OPS);
                long rebuildStart = System.nanoTime();
                JsonNode progress = api.post("/api/reports/operations/rebuilds", ops,
                        Map.of("views", List.of("conventions"))).body();
                String id = progress.get("id").asText();
                long lastPrint = 0;
                while (!List.of("DONE", "FAILED", "CANCELLED").contains(progress.get("state").asText())) {
                    Thread.sleep(500);
                    progress = api.get("/api/reports/operations/rebuilds/" + id, ops).body();
                    if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                        System.out.println("  " + OpsCli.bar(progress));
                        lastPrint = System.nanoTime();
                    }
                }
                double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
                long read = progress.get("eventsRead").asLong();
                double rebuildRate = read / rebuildSeconds;
                System.out.printf("rebuild %s: %,d events read, %,d applied in %.1f s = %,.0f events/s%n",
                        progress.get("state").asText(), read, progress.get("eventsApplied").asLong(), rebuildSeconds,
                        rebuildRate);
                System.out.printf("rebuild / plain consumer = %.3f (the plain consumer is %.0f times faster)%n",
                        rebuildRate / rawRate, rawRate / rebuildRate);
                return Figure.against("rebuilds", String.format("conventions view, %,d events, heap %s", read,
                                "256 MB"), String.format("%,.0f events/s (%s in %.0f s, reporting RSS %s)",
                                rebuildRate, progress.get("state").asText(), rebuildSeconds,
                                Memory.describe(reporting.pid())),
                        String.format("plain consumer: %,.0f events/s", rawRate), rebuildRate / rawRate,
                        "≥ 50 000/s, ratio ≥ 0.25, memory bounded");
            } finally {
                reporting.stop(Duration.ofSeconds(20));
            }
        }
    }

    private static void createTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String topic : Topics.ALL) {
                topics.add(new NewTopic(topic, Topics.partitions(topic), (short) 1));
                topics.add(new NewTopic(Topics.deadLetter(topic), Topics.partitions(topic), (short) 1));
            }
            admin.createTopics(topics).all().get();
        }
    }

    private static long produce(String bootstrap, int conventions) {
        long start = System.nanoTime();
        try (ContractEventWriter writer = new ContractEventWriter(bootstrap)) {
            for (int i = 0; i < conventions; i++) {
                writer.history(Topics.CONVENTIONS, history(UUID.randomUUID().toString()));
            }
            System.out.printf("produced in %.1f s%n", (System.nanoTime() - start) / 1e9);
            return writer.written();
        }
    }

    private static List<PublishedEvent> history(String id) {
        LocalDate start = LocalDate.of(2007, 3, 1);
        return List.of(
                new ConventionDrafted(id, ConventionKind.NATIONAL_MULTI_YEAR, "Convention 2007-2011", "Annexe 1", null,
                        List.of(MINISTRY, ASSOCIATION), start, 4, LocalDate.of(2011, 2, 28), 720_000_000L,
                        List.of(180_000_000L, 180_000_000L, 180_000_000L, 180_000_000L), MonthDay.of(12, 31), null,
                        List.of(), null),
                new ConventionPartySigned(id, null, PartyRole.MINISTRY, "DGESCO", start),
                new ConventionPartySigned(id, null, PartyRole.ASSOCIATION, "Président", start),
                new ConventionSigned(id, null, start));
    }

    private static long readAll(String bootstrap) {
        long records = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CONVENTIONS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                records += consumer.poll(Duration.ofMillis(200)).count();
            }
        }
        return records;
    }

    /** Commits the reporting group's offsets at the head of the conventions topic. */
    private static void skipHistory(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
             KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringDeserializer(),
                     new ByteArrayDeserializer())) {
            Map<TopicPartition, OffsetAndMetadata> head = new java.util.HashMap<>();
            consumer.endOffsets(consumer.partitionsFor(Topics.CONVENTIONS).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition())).toList())
                    .forEach((partition, offset) -> head.put(partition, new OffsetAndMetadata(offset)));
            admin.alterConsumerGroupOffsets("reporting-service", head).all().get();
        }
    }
}
