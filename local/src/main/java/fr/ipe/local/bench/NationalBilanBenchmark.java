package fr.ipe.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.contracts.Topics;
import fr.ipe.contracts.action.ActionCarriedOut;
import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.contracts.action.ActionPartners;
import fr.ipe.contracts.action.ActionPlanned;
import fr.ipe.contracts.action.ActionValidated;
import fr.ipe.contracts.mission.DelegationSigned;
import fr.ipe.local.demo.DemoUsers;
import fr.ipe.local.run.LocalStack;
import fr.ipe.local.bench.StageBankBenchmark;
import fr.ipe.platform.domain.Identifiers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A national bilan whose history is a decade of the programme: {@code actions} validated actions (default 200 000,
 * about a hundred times a real year) and {@code missions} signed delegations, spread over the académies and counted in
 * the civil year 2007, written to the topics as the write services would publish them. Measures the live projection's
 * catch-up, then the national bilan's read through the gateway and straight to reporting-service, and reporting's
 * resident memory. The read must cost the same whatever the history: the totals are kept as facts change.
 */
final class NationalBilanBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] THEMES = {"stages", "trades-information", "decouverte-professionnelle", "post-bac",
        "job-search-insertion", "entrepreneurship", "local-actors", "technology-cooperation"};
    private static final int ETABLISSEMENTS = 11_000;
    private static final int COMPANIES = 20_000;
    private static final int READS = 300;
    /** Under one user's sustained limit at the gateway (50 a second): the reads are one national user's. */
    private static final int READS_PER_SECOND = 40;

    private NationalBilanBenchmark() {
    }

    static List<Figure> measure(LocalStack stack, int actions, int missions) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        RenewedToken national = new RenewedToken(stack.tokenUrl(), "national");
        String gateway = stack.gatewayUrl() + "/api/reports/bilans/2007";
        String direct = stack.serviceUrl("reporting-service") + "/api/reports/bilans/2007";
        long before = read(http, gateway, national).get("actions").asLong();

        List<String> academies = DemoUsers.ALL.stream().filter(user -> user.academie() != null)
                .map(DemoUsers.DemoUser::academie).distinct().toList();
        long writing = System.nanoTime();
        long events = write(stack.kafkaBootstrapServers(), academies, actions, missions);
        double writeSeconds = (System.nanoTime() - writing) / 1e9;
        long caughtUp;
        while (true) {
            long counted = read(http, gateway, national).get("actions").asLong();
            if (counted >= before + actions) {
                caughtUp = System.nanoTime();
                break;
            }
            if (System.nanoTime() - writing > 1_800_000_000_000L) {
                throw new IllegalStateException("the national bilan counted " + counted + " of " + (before + actions)
                        + " actions after 30 minutes");
            }
            Thread.sleep(1_000);
        }
        double catchUpSeconds = (caughtUp - writing) / 1e9;
        System.out.printf("  %,d events written in %.1f s; the national bilan counted them %.1f s after the first%n",
                events, writeSeconds, catchUpSeconds);

        // as in the edge benchmark, the gateway is measured once its full compiler's compilations are done
        SteadyRate.run(EdgeBenchmark.GATEWAY_WARM_UP_SECONDS * READS_PER_SECOND, READS_PER_SECOND,
                i -> read(http, gateway, national));
        Latencies throughGateway = reads(http, gateway, national);
        Latencies straight = reads(http, direct, national);
        String memory = Memory.describe(stack.processIds().get("reporting-service"));
        return List.of(
                Figure.alone("live projection", String.format("%,d events of %,d actions and %,d missions", events,
                        actions, missions), String.format("%,.0f events/s (caught up %.0f s after the first write)",
                        events / catchUpSeconds, catchUpSeconds), "reporting within its heap"),
                Figure.against("reports at volume", String.format("GET national bilan 2007, %,d actions, %,d missions",
                                actions, missions), throughGateway.summary() + "; reporting RSS " + memory,
                        "direct: " + straight.summary(), throughGateway.p99() / straight.p99(), "p99 ≤ 50 ms"));
    }

    private static long write(String bootstrap, List<String> academies, int actions, int missions) {
        Random random = new Random(2007);
        try (ContractEventWriter writer = new ContractEventWriter(bootstrap)) {
            for (int i = 0; i < actions; i++) {
                String id = "bench-action-" + i;
                String academie = academies.get(i % academies.size());
                LocalDate day = LocalDate.of(2007, 1, 8).plusDays(random.nextInt(340));
                ActionPartners partners = new ActionPartners(List.of(uai(random.nextInt(ETABLISSEMENTS))),
                        List.of(StageBankBenchmark.siret(random.nextInt(COMPANIES))), List.of());
                writer.history(Topics.ACTIONS, List.of(
                        new ActionPlanned(id, academie, List.of("bench-ipe-" + i % 5_000), "2007",
                                THEMES[random.nextInt(THEMES.length)], "Action " + i, day, day, partners, null,
                                day.minusDays(7)),
                        new ActionCarriedOut(id, academie, new ActionFigures(1, 10 + random.nextInt(20),
                                10 + random.nextInt(20), random.nextInt(3), random.nextInt(3), 1 + random.nextInt(3), 0),
                                day.plusDays(1)),
                        new ActionValidated(id, academie, day.plusDays(2))));
            }
            for (int i = 0; i < missions; i++) {
                writer.history(Topics.MISSIONS, List.of(new DelegationSigned("bench-mission-" + i, "bench-need-" + i,
                        "bench-ipe-" + i, StageBankBenchmark.siret(i), academies.get(i % academies.size()), null,
                        LocalDate.of(2006, 9, 1), LocalDate.of(2008, 8, 31), LocalDate.of(2006, 7, 1))));
            }
            return writer.written();
        }
    }

    private static String uai(int n) {
        String digits = String.format("07%05d", n);
        return digits + Identifiers.uaiCheckLetter(digits);
    }

    /**
     * {@value #READS} reads at a steady {@value #READS_PER_SECOND} a second (8 s, within the token's minute), each timed
     * from its own start.
     */
    private static Latencies reads(HttpClient http, String url, RenewedToken bearer) throws Exception {
        // a token fetched during the measure would time Keycloak (and a first verification of its signature)
        bearer.renew();
        SteadyRate.run(30, READS_PER_SECOND, i -> read(http, url, bearer));
        List<Double> millis = java.util.Collections.synchronizedList(new ArrayList<>());
        SteadyRate.run(READS, READS_PER_SECOND, i -> {
            long sent = System.nanoTime();
            read(http, url, bearer);
            millis.add((System.nanoTime() - sent) / 1e6);
        });
        return Latencies.of(millis);
    }

    private static JsonNode read(HttpClient http, String url, RenewedToken bearer) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", bearer.bearer()).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }
}
