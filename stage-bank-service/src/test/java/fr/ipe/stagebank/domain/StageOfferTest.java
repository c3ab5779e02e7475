package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.OfferEntrant;
import fr.ipe.contracts.stage.PlacementCancelled;
import fr.ipe.contracts.stage.PlacementConfirmed;
import fr.ipe.contracts.stage.PlacesReserved;
import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.contracts.stage.StageOfferPublished;
import fr.ipe.contracts.stage.StageOfferWithdrawn;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.stagebank.domain.OfferCommands.CancelPlacement;
import fr.ipe.stagebank.domain.OfferCommands.ConfirmPlacement;
import fr.ipe.stagebank.domain.OfferCommands.ExpireOffer;
import fr.ipe.stagebank.domain.OfferCommands.PublishOffer;
import fr.ipe.stagebank.domain.OfferCommands.ReservePlaces;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StageOfferTest {

    static final String OFFER = "offer-1";
    static final String SIRET = "55208131766522";
    static final LocalDate ON = LocalDate.of(2009, 10, 5);

    AggregateTestFixture<StageOffer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StageOffer.class);
    }

    static StageOfferPublished published(int places, String... weeks) {
        return new StageOfferPublished(OFFER, "aix-marseille", "marseille-nord", SIRET, "Atelier", "Industrie",
                "Maintenance", List.of(StageLevel.BAC_PRO, StageLevel.BTS), places, List.of(weeks), null,
                OfferEntrant.ASSOCIATION, ON);
    }

    static ReservePlaces reserve(String placement, int places, String... weeks) {
        return new ReservePlaces(OFFER, placement, "need-1", "0130053M", true, StageLevel.BAC_PRO, places,
                List.of(weeks), ON, null);
    }

    static PlacesReserved reserved(String placement, int places, String... weeks) {
        return new PlacesReserved(OFFER, placement, "need-1", "aix-marseille", "0130053M", true, StageLevel.BAC_PRO,
                places, List.of(weeks), ON);
    }

    @Test
    void publishesWithSortedWeeksAndDistinctLevels() {
        fixture.givenNoPriorActivity()
                .when(new PublishOffer(OFFER, "aix-marseille", " marseille-nord ", SIRET, "Atelier", "Industrie",
                        "Maintenance", List.of(StageLevel.BTS, StageLevel.BAC_PRO, StageLevel.BTS), 3,
                        List.of("2010-W05", "2009-W46", "2009-W47"), null, OfferEntrant.ASSOCIATION, ON))
                .expectEvents(new StageOfferPublished(OFFER, "aix-marseille", "marseille-nord", SIRET, "Atelier",
                        "Industrie", "Maintenance", List.of(StageLevel.BAC_PRO, StageLevel.BTS), 3,
                        List.of("2009-W46", "2009-W47", "2010-W05"), null, OfferEntrant.ASSOCIATION, ON));
    }

    @Test
    void refusesAnInvalidSiretAWeekThatDoesNotExistAndARepeatedWeek() {
        fixture.givenNoPriorActivity()
                .when(new PublishOffer(OFFER, "aix-marseille", "b", "55208131766523", "A", "I", "M",
                        List.of(StageLevel.CAP), 1, List.of("2009-W46"), null, OfferEntrant.RECTORAT, ON))
                .expectException(RuleViolation.class).expectExceptionMessage("not a valid SIRET: 55208131766523");
        fixture.givenNoPriorActivity()
                .when(new PublishOffer(OFFER, "aix-marseille", "b", SIRET, "A", "I", "M", List.of(StageLevel.CAP), 1,
                        List.of("2009-W54"), null, OfferEntrant.RECTORAT, ON))
                .expectException(RuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(new PublishOffer(OFFER, "aix-marseille", "b", SIRET, "A", "I", "M", List.of(StageLevel.CAP), 1,
                        List.of("2009-W46", "2009-W46"), null, OfferEntrant.RECTORAT, ON))
                .expectException(RuleViolation.class).expectExceptionMessage("week 2009-W46 is listed twice");
    }

    @Test
    void reservesUpToTheFreePlacesOfEveryWeekAskedAndNeverMore() {
        fixture.given(published(3, "2009-W46", "2009-W47"), reserved("p1", 2, "2009-W46"))
                .when(reserve("p2", 2, "2009-W46", "2009-W47"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the offer has 1 free place(s) in week 2009-W46, 2 asked");
        fixture.given(published(3, "2009-W46", "2009-W47"), reserved("p1", 2, "2009-W46"))
                .when(reserve("p2", 1, "2009-W46", "2009-W47"))
                .expectEvents(reserved("p2", 1, "2009-W46", "2009-W47"));
        fixture.given(published(3, "2009-W46"))
                .when(reserve("p2", 1, "2009-W48"))
                .expectException(RuleViolation.class).expectExceptionMessage("the offer has no place in week 2009-W48");
    }

    @Test
    void aCancelledPlacementGivesItsPlacesBack() {
        fixture.given(published(2, "2009-W46"), reserved("p1", 2, "2009-W46"),
                        new PlacementCancelled(OFFER, "p1", "need-1", "aix-marseille", 2, List.of("2009-W46"), ON, "r"))
                .when(reserve("p2", 2, "2009-W46"))
                .expectEvents(reserved("p2", 2, "2009-W46"));
        fixture.given(published(2, "2009-W46"), reserved("p1", 2, "2009-W46"))
                .when(new CancelPlacement(OFFER, "p1", " élèves placés ", ON, null))
                .expectEvents(new PlacementCancelled(OFFER, "p1", "need-1", "aix-marseille", 2, List.of("2009-W46"),
                        ON, "élèves placés"));
    }

    @Test
    void confirmsOnceAndRefusesAReservationOnAWithdrawnOffer() {
        fixture.given(published(2, "2009-W46"), reserved("p1", 1, "2009-W46"),
                        new PlacementConfirmed(OFFER, "p1", "need-1", "aix-marseille", ON))
                .when(new ConfirmPlacement(OFFER, "p1", ON, null))
                .expectException(RuleViolation.class).expectExceptionMessage("the placement is already confirmed");
        fixture.given(published(2, "2009-W46"), new StageOfferWithdrawn(OFFER, "aix-marseille", ON, "r"))
                .when(reserve("p1", 1, "2009-W46"))
                .expectException(RuleViolation.class).expectExceptionMessage("the offer is WITHDRAWN");
    }

    @Test
    void reservesOnlyInWeeksThatHaveNotBegun() {
        LocalDate sundayBefore = LocalDate.of(2009, 11, 8);
        LocalDate monday = LocalDate.of(2009, 11, 9);
        fixture.given(published(3, "2009-W46", "2009-W47"))
                .when(new ReservePlaces(OFFER, "p1", "need-1", "0130053M", true, StageLevel.BAC_PRO, 1,
                        List.of("2009-W46", "2009-W47"), monday, null))
                .expectException(RuleViolation.class).expectExceptionMessage("week 2009-W46 began on 2009-11-09: "
                        + "places are reserved before their week begins (today is 2009-11-09)");
        fixture.given(published(3, "2009-W46", "2009-W47"))
                .when(new ReservePlaces(OFFER, "p1", "need-1", "0130053M", true, StageLevel.BAC_PRO, 1,
                        List.of("2009-W46"), sundayBefore, null))
                .expectEvents(new PlacesReserved(OFFER, "p1", "need-1", "aix-marseille", "0130053M", true,
                        StageLevel.BAC_PRO, 1, List.of("2009-W46"), sundayBefore));
    }

    @Test
    void anOfferNeedsAWeekStillToCome() {
        fixture.givenNoPriorActivity()
                .when(new PublishOffer(OFFER, "aix-marseille", "b", SIRET, "A", "I", "M", List.of(StageLevel.CAP), 1,
                        List.of("2009-W46", "2009-W47"), null, OfferEntrant.RECTORAT, LocalDate.of(2009, 11, 16)))
                .expectException(RuleViolation.class).expectExceptionMessage("every week has begun by 2009-11-16 "
                        + "(the last, 2009-W47, began on 2009-11-16): at least one week must be to come");
        fixture.givenNoPriorActivity()
                .when(new PublishOffer(OFFER, "aix-marseille", "b", SIRET, "A", "I", "M", List.of(StageLevel.CAP), 1,
                        List.of("2009-W46", "2009-W47"), null, OfferEntrant.RECTORAT, LocalDate.of(2009, 11, 15)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesALevelTheOfferDoesNotTakeAndExpiresOnlyOnceItsLastWeekBegan() {
        fixture.given(published(2, "2009-W46"))
                .when(new ReservePlaces(OFFER, "p1", "need-1", "0130053M", false, StageLevel.CAP, 1,
                        List.of("2009-W46"), ON, null))
                .expectException(RuleViolation.class);
        fixture.given(published(2, "2009-W46", "2009-W50"))
                .when(new ExpireOffer(OFFER, LocalDate.of(2009, 12, 6), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the offer's last week 2009-W50 begins on 2009-12-07");
    }
}
