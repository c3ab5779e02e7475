package fr.ipe.reporting.bilan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.contracts.PublishedEvent;
import fr.ipe.contracts.action.ActionCancelled;
import fr.ipe.contracts.action.ActionCorrected;
import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.contracts.action.ActionPartners;
import fr.ipe.contracts.action.ActionValidated;
import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.views.ViewEngine;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import fr.ipe.testkit.spring.IpeServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bilan counts each validated action once, whatever the delivery: duplicates, a replay of everything, aggregates
 * out of order; a correction moves figures between themes and periods (never adds); a cancelled action leaves every
 * view as it was. Each test uses its own years, since the views of a period are shared by the tests of this JVM.
 */
@IpeServiceTest
class BilanCountingIT {

    static final ActionPartners TWO_LYCEES = new ActionPartners(List.of("0130001A", "0130002B"), List.of(), List.of());
    static final ActionFigures FIGURES = new ActionFigures(3, 40, 50, 4, 6, 2, 1);

    @LocalServerPort
    int port;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    ViewEngine engine;
    @Autowired
    BilanProjection projection;

    final String national = TestTokens.get().bearer(Roles.NATIONAL);

    JsonNode bilan(String period, String academie) {
        return new ApiClient("http://127.0.0.1:" + port).get("/api/reports/bilans/" + period
                + (academie == null ? "" : "?academie=" + academie), national).body();
    }

    void awaitBilan(String period, String academie, Predicate<JsonNode> until) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> until.test(bilan(period, academie)));
    }

    @Test
    void duplicatesAReplayAndAggregatesOutOfOrderCountOnce() {
        String a = "dup-a-" + UUID.randomUUID();
        String b = "dup-b-" + UUID.randomUUID();
        String marker = "dup-m-" + UUID.randomUUID();
        LocalDate day = LocalDate.of(2011, 3, 14);
        List<PublishedEvent> first = BilanEvents.validated(a, "nice", "stages", day, day, TWO_LYCEES, FIGURES);
        List<PublishedEvent> second = BilanEvents.validated(b, "nice", "ict", day, day,
                new ActionPartners(List.of("0130002B"), List.of(), List.of()), FIGURES);
        try (BilanEvents events = new BilanEvents(codec)) {
            events.sendAll(second);                       // b before a: aggregates out of order
            events.sendAll(first);
            events.send(first.get(2), 2);                 // a duplicate of a's validation
            events.send(second.get(0), 0);                // a late copy of an earlier event
            events.sendAll(first);                        // a replay of everything
            events.sendAll(second);
            events.sendAll(BilanEvents.validated(marker, "nice", "other", day, day, ActionPartners.NONE,
                    new ActionFigures(0, 0, 0, 0, 0, 0, 0)));
        }
        awaitBilan("2011", "nice", view -> view.get("actions").asLong() == 3);
        JsonNode nice = bilan("2011", "nice");
        assertThat(nice.get("girls").asLong()).isEqualTo(80);
        assertThat(nice.get("staffMen").asLong()).isEqualTo(12);
        assertThat(nice.get("etablissements").asLong()).as("0130002B named twice counts once, plus a's third and b's two unnamed")
                .isEqualTo(2 + 1 + 2);
        assertThat(nice.get("etablissementsIdentified").asLong()).isEqualTo(2);
        assertThat(bilan("2010-2011", "nice").get("actions").asLong()).isEqualTo(3);

        Bilan before = BilanView.bilan(engine.current(BilanView.VIEW), "nice", ReportingPeriod.civilYear(2011));
        for (int i = 0; i < first.size(); i++) {
            assertThat(projection.project(BilanEvents.received(first.get(i), i), engine.current(BilanView.VIEW)))
                    .as("replayed %d", i).isFalse();
        }
        assertThat(BilanView.bilan(engine.current(BilanView.VIEW), "nice", ReportingPeriod.civilYear(2011)))
                .isEqualTo(before);
    }

    @Test
    void aCorrectionMovesFiguresBetweenThemesAndPeriodsOnceValidatedAgain() {
        String id = "corr-" + UUID.randomUUID();
        LocalDate day = LocalDate.of(2012, 12, 10);
        List<PublishedEvent> history = new ArrayList<>(BilanEvents.validated(id, "amiens", "stages", day, day,
                TWO_LYCEES, FIGURES));
        ActionFigures corrected = new ActionFigures(5, 60, 50, 4, 6, 2, 1);
        LocalDate later = LocalDate.of(2013, 1, 18);
        history.add(new ActionCorrected(id, "amiens", "ict", day, later, TWO_LYCEES, corrected, "Ended in January",
                later));
        try (BilanEvents events = new BilanEvents(codec)) {
            events.sendAll(history);
        }
        // the correction waits for validation: the validated state still counts
        awaitBilan("2012", "amiens", b -> b.get("actions").asLong() == 1);
        assertThat(theme(bilan("2012", "amiens"), "stages")).isEqualTo(1);
        assertThat(bilan("2013", "amiens").get("actions").asLong()).isZero();

        try (BilanEvents events = new BilanEvents(codec)) {
            events.send(new ActionValidated(id, "amiens", later), 4);
            events.flush();
        }
        awaitBilan("2013", "amiens", b -> b.get("actions").asLong() == 1);
        JsonNode moved = bilan("2013", "amiens");
        assertThat(theme(moved, "ict")).isEqualTo(1);
        assertThat(theme(moved, "stages")).isZero();
        assertThat(moved.get("girls").asLong()).as("replaced, not added").isEqualTo(60);
        assertThat(moved.get("etablissements").asLong()).isEqualTo(5);
        JsonNode left = bilan("2012", "amiens");
        assertThat(left.get("actions").asLong()).isZero();
        assertThat(left.get("girls").asLong()).isZero();
        assertThat(theme(left, "stages")).isZero();
        assertThat(bilan("2012-2013", "amiens").get("girls").asLong()).as("same school year: replaced").isEqualTo(60);
        assertThat(bilan("2013", null).get("girls").asLong()).isEqualTo(60);
    }

    @Test
    void aCancelledActionLeavesEveryViewAsItWas() {
        LocalDate day = LocalDate.of(2014, 6, 20);
        String other = "keep-" + UUID.randomUUID();
        try (BilanEvents events = new BilanEvents(codec)) {
            events.sendAll(BilanEvents.validated(other, "caen", "stages", day, day, TWO_LYCEES, FIGURES));
        }
        awaitBilan("2014", "caen", b -> b.get("actions").asLong() == 1);
        List<String> periods = List.of("2014", "2013-2014");
        List<JsonNode> before = new ArrayList<>();
        for (String period : periods) {
            before.add(bilan(period, "caen"));
            before.add(bilan(period, null));
        }

        String id = "cancel-" + UUID.randomUUID();
        List<PublishedEvent> history = new ArrayList<>(BilanEvents.validated(id, "caen", "ict", day, day, TWO_LYCEES,
                new ActionFigures(7, 1, 1, 1, 1, 1, 1)));
        try (BilanEvents events = new BilanEvents(codec)) {
            events.sendAll(history);
        }
        awaitBilan("2014", "caen", b -> b.get("actions").asLong() == 2);
        try (BilanEvents events = new BilanEvents(codec)) {
            events.send(new ActionCancelled(id, "caen", "Never held", day), 3);
            events.flush();
        }
        awaitBilan("2014", "caen", b -> b.get("actions").asLong() == 1);
        List<JsonNode> after = new ArrayList<>();
        for (String period : periods) {
            after.add(bilan(period, "caen"));
            after.add(bilan(period, null));
        }
        assertThat(after).isEqualTo(before);
    }

    private static long theme(JsonNode bilan, String theme) {
        for (JsonNode line : bilan.get("actionsByTheme")) {
            if (line.get("theme").asText().equals(theme)) {
                return line.get("actions").asLong();
            }
        }
        return 0;
    }
}
