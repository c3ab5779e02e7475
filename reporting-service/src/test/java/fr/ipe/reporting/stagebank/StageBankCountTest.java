package fr.ipe.reporting.stagebank;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.reporting.stagebank.StageBankCount.Need;
import fr.ipe.reporting.stagebank.StageBankCount.Offer;
import fr.ipe.reporting.stagebank.StageBankCount.Placement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every counting rule of the stage bank's figures, on typed offers and needs. */
class StageBankCountTest {

    static final ReportingPeriod SCHOOL_2009 = ReportingPeriod.schoolYear(2009);
    static final ReportingPeriod CIVIL_2010 = ReportingPeriod.civilYear(2010);

    @Test
    void aWeekCountsInThePeriodsOfItsMondayAndPlaceWeeksOnlyForTheWeeksInThePeriod() {
        // 2009-W53 begins on Monday 28 December 2009: civil year 2009 although it ends in 2010
        Offer offer = new Offer("amiens", 4, List.of("2009-W46", "2009-W53", "2010-W02"), false, List.of());
        StageBankFigures school = of(SCHOOL_2009, List.of(offer), List.of());
        assertThat(school.offers()).isEqualTo(1);
        assertThat(school.placeWeeksOffered()).isEqualTo(12);
        StageBankFigures civil2010 = of(CIVIL_2010, List.of(offer), List.of());
        assertThat(civil2010.placeWeeksOffered()).isEqualTo(4);
        assertThat(of(ReportingPeriod.civilYear(2009), List.of(offer), List.of()).placeWeeksOffered()).isEqualTo(8);
    }

    @Test
    void withdrawnOffersAreCountedApartAndCancelledPlacementsNowhere() {
        Offer withdrawn = new Offer("amiens", 2, List.of("2009-W46"), true, List.of());
        Offer placed = new Offer("amiens", 4, List.of("2009-W46", "2009-W47"), false, List.of(
                new Placement("n1", 3, List.of("2009-W46", "2009-W47"), true, false),
                new Placement("n2", 1, List.of("2009-W46"), false, false),
                new Placement("n2", 1, List.of("2009-W47"), false, true)));
        StageBankFigures figures = of(SCHOOL_2009, List.of(withdrawn, placed), List.of());
        assertThat(figures.offers()).isEqualTo(1);
        assertThat(figures.offersWithdrawn()).isEqualTo(1);
        assertThat(figures.placements()).isEqualTo(2);
        assertThat(figures.placesPlaced()).isEqualTo(4);
        assertThat(figures.placeWeeksPlaced()).isEqualTo(3 * 2 + 1);
        assertThat(figures.priorityPlacesPlaced()).isEqualTo(3);
        assertThat(figures.priorityShare()).isEqualByComparingTo("75.0");
    }

    @Test
    void anOpenNeedIsUnmetForThePupilsNotPlacedOnAnyOfferAndAClosedOneNever() {
        Need partly = new Need("amiens", 5, List.of("2009-W46"), true, 3);
        Need met = new Need("amiens", 2, List.of("2009-W46"), true, 2);
        Need closed = new Need("amiens", 4, List.of("2009-W47"), false, 0);
        StageBankFigures figures = of(SCHOOL_2009, List.of(), List.of(partly, met, closed));
        assertThat(figures.needs()).isEqualTo(3);
        assertThat(figures.pupilsInNeed()).isEqualTo(11);
        assertThat(figures.unmetNeeds()).isEqualTo(1);
        assertThat(figures.unmetPupils()).isEqualTo(2);
        assertThat(figures.priorityShare()).as("nothing placed: no share").isNull();
    }

    @Test
    void theFiguresAreAnAcademiesOwn() {
        Offer lyon = new Offer("lyon", 4, List.of("2009-W46"), false, List.of());
        assertThat(of(SCHOOL_2009, List.of(lyon), List.of()).offers()).isZero();
    }

    private static StageBankFigures of(ReportingPeriod period, List<Offer> offers, List<Need> needs) {
        return StageBankCount.of("amiens", period, offers, needs);
    }
}
