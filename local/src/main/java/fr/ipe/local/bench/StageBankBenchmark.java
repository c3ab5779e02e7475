package fr.ipe.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.local.bench.Figure;
import fr.ipe.local.bench.Latencies;
import fr.ipe.local.bench.RenewedToken;
import fr.ipe.local.run.LocalPorts;
import fr.ipe.local.run.LocalStack;
import fr.ipe.platform.domain.Identifiers;
import fr.ipe.testkit.engines.FreePorts;
import fr.ipe.testkit.http.TokenClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The stage bank at the size of a real académie, through the gateway: 600 établissements (imported by CSV, 100 rows
 * a request), 20 000 company offers over 36 weeks of a school year and 5 000 needs (each entered through the API, 8
 * clients at once), spread over 12 bassins, 40 % of the établissements priority. Then prints the time to match one
 * need ({@code GET /needs/{id}/proposals}, one client, median and p99) and the placements per second reserved by 16
 * concurrent clients with their latency. Writes go through a second gateway with the rate limits off (one user is
 * otherwise held to 50 requests a second). Usage: {@code bin/benchmark-stage-bank [seconds of placements]}.
 * A benchmark, not a test: figures depend on the machine. Data are generated from a fixed seed.
 */
public final class StageBankBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACADEMIE = "aix-marseille";
    private static final int ETABLISSEMENTS = 600;
    private static final int BASSINS = 12;
    private static final int WEEKS = 36;
    private static final String[] LEVELS = {"TROISIEME_OBSERVATION", "TROISIEME_DP", "CAP", "BEP", "BAC_PRO",
        "BAC_TECHNO", "BTS"};
    private static final String[] KINDS = {"COLLEGE", "LYCEE_PROFESSIONNEL", "LYCEE_TECHNOLOGIQUE",
        "LYCEE_POLYVALENT"};
    private static final String[] FLAGS = {"ESPOIR_BANLIEUES", "OBJECTIF_STAGES", "ACADEMIE_PRIORITY", "REP",
        "REP_PLUS", "QPV"};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(2009);
    private final String gateway;
    private final Supplier<String> token;
    private final int offersToLoad;
    private final int needsToLoad;

    private StageBankBenchmark(String gateway, Supplier<String> token, int offers, int needs) {
        this.gateway = gateway;
        this.token = token;
        this.offersToLoad = offers;
        this.needsToLoad = needs;
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path root = Path.of(System.getProperty("ipe.root", ".")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("ipe-stage-bank-benchmark");
        long start = System.nanoTime();
        try (LocalStack stack = LocalStack.start(root, data, LocalPorts.free())) {
            String unlimited = stack.startAnotherGateway("unlimited-gateway", FreePorts.next(),
                    Map.of("IPE_RATE_LIMITS_ENABLED", "false"));
            System.out.printf("stack and second gateway ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
            measure(stack, unlimited, 20_000, 5_000, seconds);
        }
    }

    /**
     * Loads {@code offers} and {@code needs} through {@code gateway} (one of the stack's gateways) and answers the rows
     * of the benchmark table: matching one need, and placements with 16 clients.
     */
    public static List<Figure> measure(LocalStack stack, String gateway, int offers, int needs, int seconds)
            throws Exception {
        Supplier<String> token = new RenewedToken(stack.tokenUrl(), "rectorat-aix-marseille");
        return new StageBankBenchmark(gateway, token, offers, needs).run(seconds);
    }

    private List<Figure> run(int seconds) throws Exception {
        long loading = System.nanoTime();
        List<List<String>> uaisByBassin = importEtablissements();
        double etablissementsSeconds = (System.nanoTime() - loading) / 1e9;
        long offersStart = System.nanoTime();
        int offers = load(offersToLoad, i -> post("/api/stage-bank/offers", offer()));
        double offersSeconds = (System.nanoTime() - offersStart) / 1e9;
        long needsStart = System.nanoTime();
        List<String> needIds = Collections.synchronizedList(new ArrayList<>());
        int needs = load(needsToLoad, i -> {
            List<String> uais = uaisByBassin.get(random(BASSINS));
            HttpResponse<String> answer = post("/api/stage-bank/needs", need(uais.get(random(uais.size()))));
            if (answer.statusCode() == 201) {
                needIds.add(read(answer.body()).get("needId").asText());
            }
            return answer;
        });
        double needsSeconds = (System.nanoTime() - needsStart) / 1e9;
        System.out.printf("loaded %d établissements in %.1f s (CSV, 100 rows a request), %d offers in %.1f s "
                        + "(%.0f/s), %d needs in %.1f s (%.0f/s), through the API%n", ETABLISSEMENTS,
                etablissementsSeconds, offers, offersSeconds, offers / offersSeconds, needs, needsSeconds,
                needs / needsSeconds);

        List<String> sample = new ArrayList<>(needIds);
        Collections.shuffle(sample, random);
        List<Double> matching = new ArrayList<>();
        List<String[]> reservations = new ArrayList<>();
        int proposals = 0;
        for (int i = 0; i < 320 && i < sample.size(); i++) {
            long sent = System.nanoTime();
            HttpResponse<String> answer = get("/api/stage-bank/needs/" + sample.get(i) + "/proposals");
            double millis = (System.nanoTime() - sent) / 1e6;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("proposals answered " + answer.statusCode() + " " + answer.body());
            }
            if (i >= 20) {
                matching.add(millis);
            }
            for (JsonNode proposal : read(answer.body()).get("proposals")) {
                proposals++;
                reservations.add(new String[] {proposal.get("offerId").asText(), sample.get(i),
                        proposal.get("weeks").get(0).asText()});
            }
        }
        Latencies matched = Latencies.of(matching);
        System.out.printf("matching one need (GET /needs/{id}/proposals through the gateway, 1 client, %d needs "
                        + "after 20 of warm-up): %s; %.1f proposals a need%n", matching.size(), matched.summary(),
                proposals / (double) Math.max(1, Math.min(320, sample.size())));

        Collections.shuffle(reservations, random);
        return List.of(Figure.alone("stage bank", String.format("matching one need, %,d offers, %,d needs", offers,
                        needs), matched.summary(), ""),
                placements(reservations, 16, seconds));
    }

    private Figure placements(List<String[]> reservations, int clients, int seconds) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long began = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String[] r = reservations.get(next.getAndIncrement() % reservations.size());
                    long sent = System.nanoTime();
                    int status = post("/api/stage-bank/offers/" + r[0] + "/placements",
                            Map.of("needId", r[1], "places", 1, "weeks", List.of(r[2]))).statusCode();
                    millis.add((System.nanoTime() - sent) / 1e6);
                    (status == 201 ? created : status == 409 ? conflicts : other).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - began) / 1e9;
        Latencies latencies = Latencies.of(millis);
        String figure = String.format("%,.0f/s (%d created, %d refused 409 as full or met, %d other), %s",
                created.get() / elapsed, created.get(), conflicts.get(), other.get(), latencies.summary());
        System.out.printf("placements (POST /offers/{id}/placements, 1 place, %d clients, %.0f s, rate limits off): "
                + "%s%n", clients, elapsed, figure);
        return Figure.alone("stage bank", "placements, " + clients + " clients, rate limits off", figure,
                "≥ 300/s, p99 ≤ 100 ms, never oversold");
    }

    /** 600 établissements, 50 a bassin, in 6 imports of 100 rows; answers the UAIs of each bassin. */
    private List<List<String>> importEtablissements() throws Exception {
        List<List<String>> byBassin = new ArrayList<>();
        for (int b = 0; b < BASSINS; b++) {
            byBassin.add(new ArrayList<>());
        }
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < ETABLISSEMENTS; i++) {
            if (i % 100 == 0) {
                csv.setLength(0);
                csv.append("uai,bassin,kind,name,priorities\n");
            }
            String digits = String.format("013%04d", i);
            String uai = digits + Identifiers.uaiCheckLetter(digits);
            int bassin = i % BASSINS;
            byBassin.get(bassin).add(uai);
            List<String> flags = new ArrayList<>();
            if (random.nextInt(100) < 40) {
                flags.add(FLAGS[random(FLAGS.length)]);
            }
            csv.append(uai).append(',').append(bassin(bassin)).append(',').append(KINDS[i % KINDS.length])
                    .append(",Établissement ").append(i).append(',').append(String.join("|", flags)).append('\n');
            if (i % 100 == 99) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gateway
                                + "/api/stage-bank/academies/" + ACADEMIE + "/etablissements"))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token.get())
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("import answered " + answer.statusCode() + " " + answer.body());
                }
            }
        }
        return byBassin;
    }

    private Map<String, Object> offer() {
        int levels = 1 + random(3);
        TreeSet<String> chosen = new TreeSet<>();
        while (chosen.size() < levels) {
            chosen.add(LEVELS[random(LEVELS.length)]);
        }
        return Map.of("academie", ACADEMIE, "bassin", bassin(random(BASSINS)), "companySiret", siret(random(500)),
                "companyName", "Entreprise", "sector", "Industrie", "trade", "Métier", "levels", List.copyOf(chosen),
                "placesPerWeek", 1 + random(4), "weeks", weeks(1 + random(6)));
    }

    private Map<String, Object> need(String uai) {
        return Map.of("uai", uai, "level", LEVELS[random(LEVELS.length)], "pupils", 5 + random(26),
                "weeks", weeks(1 + random(4)), "objectives", "Stage");
    }

    /** {@code count} distinct weeks among the 36 of the school year 2030-2031 (from 2030-W37), not contiguous. */
    private List<String> weeks(int count) {
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < count) {
            chosen.add(random(WEEKS));
        }
        return chosen.stream().map(w -> w < 16 ? String.format("2030-W%02d", 37 + w)
                : String.format("2031-W%02d", w - 15)).toList();
    }

    private static String bassin(int index) {
        return "bassin-" + (index + 1);
    }

    /** A valid SIRET (Luhn) for company {@code n}. */
    public static String siret(int n) {
        String body = String.format("5520813%06d", n);
        for (int check = 0; check < 10; check++) {
            String candidate = body + check;
            if (fr.ipe.platform.domain.Siret.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no check digit for " + body);
    }

    private synchronized int random(int bound) {
        return random.nextInt(bound);
    }

    private interface Request {
        HttpResponse<String> send(int index) throws Exception;
    }

    /** Sends {@code count} requests with 8 clients; answers how many were created. */
    private int load(int count, Request request) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            clients.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpResponse<String> answer = request.send(i);
                    if (answer.statusCode() != 201) {
                        throw new IllegalStateException("answered " + answer.statusCode() + " " + answer.body());
                    }
                    created.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        return created.get();
    }

    private HttpResponse<String> post(String path, Object body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token.get()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token.get()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
