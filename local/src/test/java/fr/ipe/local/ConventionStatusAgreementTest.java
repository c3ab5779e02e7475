package fr.ipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.convention.AssociationDocument;
import fr.ipe.contracts.convention.AssociationDocumentOverdue;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionEnteredIntoForce;
import fr.ipe.contracts.convention.ConventionEvent;
import fr.ipe.contracts.convention.ConventionExpired;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionLifecycle;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionRenewalWithheld;
import fr.ipe.contracts.convention.ConventionRenewed;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.ConventionStatus;
import fr.ipe.contracts.convention.ConventionTacitlyRenewed;
import fr.ipe.contracts.convention.ConventionTerminated;
import fr.ipe.contracts.convention.FinalEvaluationFiled;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.TerminationNotified;
import fr.ipe.contracts.convention.TerminationWithdrawn;
import fr.ipe.convention.domain.Convention;
import fr.ipe.convention.domain.LifecycleCommands.EvaluateDeadlines;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.convention.query.ConventionViewProjection;
import fr.ipe.reporting.conventions.ConventionsProjection;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One status machine: the same histories of convention events, fed to every consumer that derives a status from them
 * (the aggregate, convention-service's own view, reporting's view), give the same status after every event.
 */
class ConventionStatusAgreementTest {

    static final String ID = "conv-2007";
    static final LocalDate START = LocalDate.of(2007, 3, 1);
    static final LocalDate DUE_2008 = LocalDate.of(2008, 6, 30);

    record History(String name, List<ConventionEvent> events, ConventionStatus expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<History> histories() {
        return List.of(
                new History("drafted only", signedAnd(0), ConventionStatus.DRAFTED),
                new History("signed, not yet in force", signedAnd(4), ConventionStatus.SIGNED),
                new History("in force, renewed tacitly", inForceAnd(
                        new ConventionTacitlyRenewed(ID, null, LocalDate.of(2008, 3, 1), 2)), ConventionStatus.IN_FORCE),
                new History("evaluated", inForceAnd(evaluated()), ConventionStatus.EVALUATED),
                new History("evaluated, then a new convention concluded", inForceAnd(evaluated(),
                        new ConventionRenewed(ID, null, LocalDate.of(2010, 12, 1), "conv-2011", LocalDate.of(2011, 3, 1))),
                        ConventionStatus.EVALUATED),
                new History("expired", inForceAnd(evaluated(), new ConventionExpired(ID, null, LocalDate.of(2011, 3, 1))),
                        ConventionStatus.EXPIRED),
                new History("evaluation filed late, after expiry", inForceAnd(
                        new ConventionExpired(ID, null, LocalDate.of(2011, 3, 1)),
                        new FinalEvaluationFiled(ID, null, LocalDate.of(2010, 6, 30), LocalDate.of(2011, 4, 1), true)),
                        ConventionStatus.EXPIRED),
                new History("lapsed after late documents", inForceAnd(
                        new AssociationDocumentOverdue(ID, null, 2007, AssociationDocument.ANNUAL_ACCOUNTS, DUE_2008),
                        new ConventionTacitlyRenewed(ID, null, LocalDate.of(2008, 3, 1), 2),
                        new ConventionRenewalWithheld(ID, null, LocalDate.of(2009, 3, 1), List.of("ANNUAL_ACCOUNTS 2007"))),
                        ConventionStatus.LAPSED),
                new History("notice withdrawn", inForceAnd(
                        new TerminationNotified(ID, null, PartyRole.MINISTRY, LocalDate.of(2008, 1, 15),
                                LocalDate.of(2008, 4, 15), 5, "comptes"),
                        new TerminationWithdrawn(ID, null, PartyRole.MINISTRY, LocalDate.of(2008, 2, 1))),
                        ConventionStatus.IN_FORCE),
                new History("terminated", inForceAnd(
                        new SubsidyNotified(ID, 2007, 180_000_000L, LocalDate.of(2007, 4, 2)),
                        new TerminationNotified(ID, null, PartyRole.MINISTRY, LocalDate.of(2008, 1, 15),
                                LocalDate.of(2008, 4, 15), 5, "comptes"),
                        new ConventionTerminated(ID, null, LocalDate.of(2008, 4, 15))),
                        ConventionStatus.TERMINATED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void everyConsumerDerivesTheSameStatusAfterEveryEvent(History history) {
        ConventionStatus lifecycle = null;
        ConventionView view = null;
        Document fact = new Document();
        List<ConventionEvent> seen = new ArrayList<>();
        for (ConventionEvent event : history.events()) {
            seen.add(event);
            lifecycle = ConventionLifecycle.after(lifecycle, event);
            view = ConventionViewProjection.evolve(view, event, seen.size() - 1L);
            fact = ConventionsProjection.evolve(fact, event);
            Map<String, ConventionStatus> statuses = Map.of("aggregate", aggregateStatus(seen),
                    "convention view", view.status(),
                    "reporting view", ConventionStatus.valueOf(fact.getString("status")));
            ConventionStatus expected = lifecycle;
            assertThat(statuses).as("after %s", event.getClass().getSimpleName())
                    .allSatisfy((consumer, status) -> assertThat(status).as(consumer).isEqualTo(expected));
        }
        assertThat(lifecycle).isEqualTo(history.expected());
    }

    /** The aggregate's status after {@code history}: sourced from it, then asked a question that changes nothing. */
    private static ConventionStatus aggregateStatus(List<ConventionEvent> history) {
        AtomicReference<ConventionStatus> status = new AtomicReference<>();
        new AggregateTestFixture<>(Convention.class).given(List.copyOf(history))
                .when(new EvaluateDeadlines(ID, LocalDate.of(1990, 1, 1)))
                .expectNoEvents()
                .expectState(convention -> status.set(convention.status()));
        return status.get();
    }

    private static List<ConventionEvent> signedAnd(int upTo) {
        List<ConventionEvent> events = List.of(
                new ConventionDrafted(ID, ConventionKind.NATIONAL_MULTI_YEAR, "Convention 2007-2011", "Annexe 1", null,
                        List.of(new Party(PartyRole.MINISTRY, "DGESCO", null),
                                new Party(PartyRole.ASSOCIATION, "Ingénieurs pour l'école", "42843689300013")),
                        START, 4, LocalDate.of(2011, 2, 28), 720_000_000L,
                        List.of(180_000_000L, 180_000_000L, 180_000_000L, 180_000_000L), MonthDay.of(12, 31), null,
                        List.of(), null),
                new ConventionPartySigned(ID, null, PartyRole.MINISTRY, "DGESCO", START),
                new ConventionPartySigned(ID, null, PartyRole.ASSOCIATION, "Président", START),
                new ConventionSigned(ID, null, START));
        return events.subList(0, Math.max(1, upTo));
    }

    private static List<ConventionEvent> inForceAnd(ConventionEvent... then) {
        List<ConventionEvent> events = new ArrayList<>(signedAnd(4));
        events.add(new ConventionEnteredIntoForce(ID, null, START));
        events.addAll(List.of(then));
        return events;
    }

    private static FinalEvaluationFiled evaluated() {
        return new FinalEvaluationFiled(ID, null, LocalDate.of(2010, 6, 30), LocalDate.of(2010, 6, 1), false);
    }
}
