package fr.ipe.reporting.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.convention.AvenantApplied;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionEvent;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionRenewed;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.ConventionTerms;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.SubsidyPaid;
import fr.ipe.contracts.convention.SubsidyReclaimed;
import fr.ipe.contracts.convention.SubsidyReduced;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Reporting's fact of a convention, evolved event by event without MongoDB. */
class ConventionsProjectionTest {

    static final String ID = "conv-2007";
    static final LocalDate START = LocalDate.of(2007, 3, 1);

    static Document replay(ConventionEvent... events) {
        Document fact = new Document();
        for (ConventionEvent event : events) {
            fact = ConventionsProjection.evolve(fact, event);
        }
        return fact;
    }

    static ConventionDrafted drafted() {
        return new ConventionDrafted(ID, ConventionKind.NATIONAL_MULTI_YEAR, "Convention 2007-2011", "Annexe 1", null,
                List.of(new Party(PartyRole.MINISTRY, "DGESCO", null)), START, 4, LocalDate.of(2011, 2, 28),
                720_000_000L, Collections.nCopies(4, 180_000_000L), MonthDay.of(12, 31), null, List.of(), null);
    }

    @Test
    void theSubsidyFiguresAddUpEventByEvent() {
        Document fact = replay(drafted(), new ConventionSigned(ID, null, START),
                new SubsidyNotified(ID, 2007, 180_000_000L, START), new SubsidyReduced(ID, 2007, 10_000_000L, START, "x"),
                new SubsidyPaid(ID, 2007, 170_000_000L, START), new SubsidyReclaimed(ID, 2007, 5_000_000L, START, "y"));
        assertThat(fact.getString("status")).isEqualTo("SIGNED");
        assertThat(fact.getLong("subsidyNotifiedCents")).isEqualTo(180_000_000L);
        assertThat(fact.getLong("subsidyReducedCents")).isEqualTo(10_000_000L);
        assertThat(fact.getLong("subsidyPaidCents")).isEqualTo(170_000_000L);
        assertThat(fact.getLong("subsidyReclaimedCents")).isEqualTo(5_000_000L);
    }

    @Test
    void anAvenantSetsTheCeilingAndARenewalLinksTheNewConvention() {
        ConventionTerms fiveYears = new ConventionTerms(START, LocalDate.of(2012, 2, 29), 900_000_000L,
                Collections.nCopies(5, 180_000_000L), null, List.of());
        Document fact = replay(drafted(), new ConventionSigned(ID, null, START),
                new AvenantApplied(ID, null, "av-1", 1, LocalDate.of(2010, 2, 1), fiveYears),
                new ConventionRenewed(ID, null, LocalDate.of(2011, 6, 1), "conv-2012", LocalDate.of(2012, 3, 1)));
        assertThat(fact.getLong("subsidyCeilingCents")).isEqualTo(900_000_000L);
        assertThat(fact.getString("endDate")).isEqualTo("2012-02-29");
        assertThat(fact.getString("renewedBy")).isEqualTo("conv-2012");
        assertThat(fact.getString("status")).isEqualTo("SIGNED");
    }
}
