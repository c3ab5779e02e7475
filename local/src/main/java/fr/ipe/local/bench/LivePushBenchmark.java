package fr.ipe.local.bench;

import fr.ipe.local.demo.DemoUsers;
import fr.ipe.local.bench.LiveBilanBenchmark;
import fr.ipe.local.run.LocalStack;
import fr.ipe.testkit.http.LiveSubscription;
import fr.ipe.testkit.http.TokenClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;

/**
 * Live pushes under a steady load: 50 live bilan streams open through the gateway (25 of the rectorat of Lyon on its
 * académie, 25 national), the rectorat validates Lyon's actions at a steady 20 a second; for each validation and each
 * stream, the time from the validation's HTTP answer to the first push whose count includes it, after a first round
 * of the same (its own row: the path still being compiled by the JVMs on the way). The in-run reference
 * is a bare Kafka round trip on the same broker at the same rate (producer send to consumer poll, acks=all): the part
 * of the path no service can shorten.
 */
final class LivePushBenchmark {

    private static final String YEAR = "2009";
    private static final int STREAMS = 50;
    private static final int PER_SECOND = 20;
    private static final int WARM_UP_SECONDS = 20;

    private LivePushBenchmark() {
    }

    static List<Figure> measure(LocalStack stack, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String gateway = stack.gatewayUrl();
        int validations = PER_SECOND * seconds;
        int warmUp = PER_SECOND * WARM_UP_SECONDS;
        List<String> actions = LiveBilanBenchmark.prepare(http, gateway,
                "Bearer " + TokenClient.passwordGrant(stack.tokenUrl(), "ipe-lyon", DemoUsers.PASSWORD),
                warmUp + validations);
        // the preparation's own events must not be the backlog the validations wait behind
        ConsumerLag.awaitReportingCaughtUp(stack.kafkaBootstrapServers(), Duration.ofMinutes(5));
        String rectorat = "Bearer " + TokenClient.passwordGrant(stack.tokenUrl(), "rectorat-lyon", DemoUsers.PASSWORD);
        String national = "Bearer " + TokenClient.passwordGrant(stack.tokenUrl(), "national", DemoUsers.PASSWORD);
        List<LiveSubscription> streams = new ArrayList<>();
        long[] counts = new long[STREAMS];
        try {
            for (int i = 0; i < STREAMS; i++) {
                boolean academie = i % 2 == 0;
                LiveSubscription stream = LiveSubscription.open(gateway + "/api/reports/bilans/" + YEAR + "/live"
                        + (academie ? "?academie=lyon" : ""), academie ? rectorat : national, null);
                if (stream.status() != 200) {
                    throw new IllegalStateException("live stream answered " + stream.status());
                }
                streams.add(stream);
                LiveSubscription.Event initial = stream.next(Duration.ofSeconds(30));
                if (initial == null) {
                    throw new IllegalStateException("live stream " + (i + 1) + " sent no first state within 30 s");
                }
                counts[i] = initial.data().get("actions").asLong();
            }
            // the first seconds of the path's use run while the JVMs compile it (measured: p50 150-280 ms for about
            // 12 s, then 20-60 ms): measured apart, so the steady figure is the one the target speaks of
            Round cold = round(http, gateway, rectorat, streams, counts, actions.subList(0, warmUp));
            Round steady = round(http, gateway, rectorat, streams, counts, actions.subList(warmUp, actions.size()));
            Latencies kafka = kafkaRoundTrip(stack.kafkaBootstrapServers(), seconds);
            return List.of(Figure.against("live pushes",
                            String.format("validation answered → push, %d streams, %d validations/s, after %d s of "
                                    + "the same", STREAMS, PER_SECOND, WARM_UP_SECONDS),
                            steady.summary(), "Kafka round trip: " + kafka.summary(),
                            steady.latencies.median() / kafka.median(), "p50 ≤ 30 ms, p99 ≤ 100 ms"),
                    Figure.alone("live pushes", String.format("the same, its first %d s (the JVMs compiling the path)",
                            WARM_UP_SECONDS), cold.summary(), ""));
        } finally {
            for (LiveSubscription stream : streams) {
                stream.close();
            }
        }
    }

    /**
     * Validates {@code actions} at the steady rate; for each answer and each stream, the time to the first push whose
     * count includes it. {@code counts} (each stream's count before) are moved on to the last push received.
     */
    private static Round round(HttpClient http, String gateway, String rectorat, List<LiveSubscription> streams,
                               long[] counts, List<String> actions) throws Exception {
        ConcurrentLinkedQueue<Long> answered = new ConcurrentLinkedQueue<>();
        List<List<Push>> pushes;
        try (Pushes collecting = new Pushes(streams)) {
            SteadyRate.run(actions.size(), PER_SECOND, index -> {
                var answer = LiveBilanBenchmark.send(http, gateway + "/api/actions/" + actions.get(index)
                        + "/validation", rectorat, "{\"validatedOn\": \"" + YEAR + "-06-30\"}");
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("validation answered " + answer.statusCode() + " " + answer.body());
                }
                answered.add(System.nanoTime());
            });
            pushes = collecting.until(counts, answered.size(), Duration.ofSeconds(30));
        }
        // answers in the order they came: the k-th answered validation is in every push counting k or more
        List<Long> answers = new ArrayList<>(answered);
        answers.sort(null);
        List<Double> millis = new ArrayList<>();
        int missing = 0;
        for (int s = 0; s < streams.size(); s++) {
            List<Push> received = pushes.get(s);
            long initial = counts[s];
            int next = 0;
            for (int k = 0; k < answers.size(); k++) {
                while (next < received.size() && received.get(next).count() < initial + k + 1) {
                    next++;
                }
                if (next == received.size()) {
                    missing += answers.size() - k;
                    break;
                }
                millis.add(Math.max(0, received.get(next).receivedNanos() - answers.get(k)) / 1e6);
            }
            if (!received.isEmpty()) {
                counts[s] = received.get(received.size() - 1).count();
            }
        }
        return new Round(Latencies.of(millis), missing);
    }

    private record Round(Latencies latencies, int missing) {
        String summary() {
            return latencies.summary() + (missing > 0 ? ", " + missing + " never pushed" : "");
        }
    }

    /** A push as measured: the count of validated actions it carries and when it arrived. */
    private record Push(long count, long receivedNanos) {
    }

    /**
     * The streams' pushes taken as they arrive and kept as {@link Push}es: left queued until the round's end, the
     * parsed bilans (30 000 a round) filled the launcher's old generation, whose mixed collections (55 + 37 ms back to
     * back) then paused the local engines on the measured path.
     */
    private static final class Pushes implements AutoCloseable {
        private final List<LiveSubscription> streams;
        private final List<List<Push>> received = new ArrayList<>();
        private final Thread collector;
        private volatile boolean collecting = true;
        private volatile long lastArrival = System.nanoTime();

        Pushes(List<LiveSubscription> streams) {
            this.streams = streams;
            for (int s = 0; s < streams.size(); s++) {
                received.add(Collections.synchronizedList(new ArrayList<>()));
            }
            collector = new Thread(this::collect, "live-pushes-collector");
            collector.setDaemon(true);
            collector.start();
        }

        private void collect() {
            try {
                while (collecting) {
                    boolean any = false;
                    for (int s = 0; s < streams.size(); s++) {
                        for (LiveSubscription.Event event = streams.get(s).next(Duration.ZERO); event != null;
                             event = streams.get(s).next(Duration.ZERO)) {
                            if (event.data().has("actions")) {
                                received.get(s).add(new Push(event.data().get("actions").asLong(),
                                        event.receivedNanos()));
                                lastArrival = System.nanoTime();
                                any = true;
                            }
                        }
                    }
                    if (!any) {
                        Thread.sleep(2);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Each stream's pushes once each counts {@code added} more than {@code before}, or after {@code silence}. */
        List<List<Push>> until(long[] before, int added, Duration silence) throws InterruptedException {
            while (System.nanoTime() - lastArrival < silence.toNanos()) {
                boolean all = true;
                for (int s = 0; s < streams.size() && all; s++) {
                    List<Push> stream = received.get(s);
                    synchronized (stream) {
                        all = !stream.isEmpty() && stream.get(stream.size() - 1).count() >= before[s] + added;
                    }
                }
                if (all) {
                    break;
                }
                Thread.sleep(20);
            }
            close();
            return received.stream().map(List::copyOf).toList();
        }

        @Override
        public void close() throws InterruptedException {
            collecting = false;
            collector.join();
        }
    }

    private static Latencies kafkaRoundTrip(String bootstrap, int seconds) throws Exception {
        String topic = "benchmark.round-trip." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        int messages = PER_SECOND * seconds;
        ExecutorService consuming = Executors.newSingleThreadExecutor();
        try (KafkaProducer<Long, Long> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0), new LongSerializer(), new LongSerializer())) {
            var consumed = consuming.submit(() -> {
                try (KafkaConsumer<Long, Long> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false), new LongDeserializer(), new LongDeserializer())) {
                    consumer.assign(List.of(new TopicPartition(topic, 0)));
                    consumer.seekToBeginning(List.of(new TopicPartition(topic, 0)));
                    long end = System.nanoTime() + (seconds + 30) * 1_000_000_000L;
                    while (millis.size() < messages && System.nanoTime() < end) {
                        for (ConsumerRecord<Long, Long> record : consumer.poll(Duration.ofMillis(100))) {
                            millis.add((System.nanoTime() - record.value()) / 1e6);
                        }
                    }
                }
                return null;
            });
            SteadyRate.run(messages, PER_SECOND, index ->
                    producer.send(new ProducerRecord<>(topic, (long) index, System.nanoTime())));
            consumed.get(seconds + 60L, TimeUnit.SECONDS);
        } finally {
            consuming.shutdownNow();
        }
        return Latencies.of(millis);
    }
}
