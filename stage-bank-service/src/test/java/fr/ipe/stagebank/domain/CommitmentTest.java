package fr.ipe.stagebank.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.ipe.contracts.stage.CommitmentRenewalDeclined;
import fr.ipe.contracts.stage.CommitmentRenewed;
import fr.ipe.contracts.stage.CompanyCommitted;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.stagebank.domain.CommitmentCommands.CommitCompany;
import fr.ipe.stagebank.domain.CommitmentCommands.DeclineRenewal;
import fr.ipe.stagebank.domain.CommitmentCommands.RenewCommitment;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Objectif stages: committed for a school year, renewed year by year, and a refusal to renew ends it. */
class CommitmentTest {

    static final LocalDate ON = LocalDate.of(2009, 9, 1);
    static final CompanyCommitted COMMITTED = new CompanyCommitted("c1", "aix-marseille", null, "55208131766522",
            "Atelier", 6, "2009-2010", ON);

    AggregateTestFixture<Commitment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Commitment.class);
    }

    @Test
    void aCompanyCommitsForASchoolYearOnly() {
        fixture.givenNoPriorActivity()
                .when(new CommitCompany("c1", "aix-marseille", " ", "55208131766522", "Atelier", 6, "2009-2010", ON))
                .expectEvents(COMMITTED);
        fixture.givenNoPriorActivity()
                .when(new CommitCompany("c1", "aix-marseille", null, "55208131766522", "Atelier", 6, "2009", ON))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("a school year is written 2009-2010, not 2009");
    }

    @Test
    void aCommitmentARenewalOrARefusalIsForASchoolYearNotYetOver() {
        LocalDate nextAutumn = LocalDate.of(2010, 9, 1);
        fixture.givenNoPriorActivity()
                .when(new CommitCompany("c1", "aix-marseille", null, "55208131766522", "Atelier", 6, "2009-2010",
                        nextAutumn))
                .expectException(RuleViolation.class).expectExceptionMessage("the school year 2009-2010 ended on "
                        + "2010-08-31: a commitment is for a school year to come or under way");
        fixture.given(COMMITTED)
                .when(new RenewCommitment("c1", "2010-2011", 8, LocalDate.of(2011, 9, 1), null))
                .expectException(RuleViolation.class);
        fixture.given(COMMITTED)
                .when(new DeclineRenewal("c1", "2010-2011", "r", LocalDate.of(2011, 9, 1), null))
                .expectException(RuleViolation.class);
        fixture.given(COMMITTED)
                .when(new RenewCommitment("c1", "2010-2011", 8, LocalDate.of(2011, 8, 31), null))
                .expectEvents(new CommitmentRenewed("c1", "aix-marseille", "2010-2011", 8, LocalDate.of(2011, 8, 31)));
    }

    @Test
    void isRenewedForTheNextYearOnlyAndNotAfterARefusal() {
        fixture.given(COMMITTED)
                .when(new RenewCommitment("c1", "2010-2011", 8, ON, null))
                .expectEvents(new CommitmentRenewed("c1", "aix-marseille", "2010-2011", 8, ON));
        fixture.given(COMMITTED)
                .when(new RenewCommitment("c1", "2011-2012", 8, ON, null))
                .expectException(RuleViolation.class);
        fixture.given(COMMITTED, new CommitmentRenewed("c1", "aix-marseille", "2010-2011", 8, ON))
                .when(new DeclineRenewal("c1", "2011-2012", " Stagiaires non préparés ", ON, null))
                .expectEvents(new CommitmentRenewalDeclined("c1", "aix-marseille", "2011-2012", "Stagiaires non préparés",
                        ON));
        fixture.given(COMMITTED, new CommitmentRenewalDeclined("c1", "aix-marseille", "2010-2011", "r", ON))
                .when(new RenewCommitment("c1", "2010-2011", 8, ON, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the company declined to renew its commitment");
    }

    /** One rule for every period that does not parse, the same as everywhere else: a school year is a period. */
    @Test
    void aSchoolYearThatIsNoSchoolYearIsAnInvalidPeriodNamingItsField() {
        for (String text : List.of("2009", "2009-2011", "2009/2010")) {
            RuleViolation refused = catchThrowableOfType(RuleViolation.class,
                    () -> CommitmentYears.schoolYear("schoolYear", text));
            assertThat(refused).as(text).isNotNull();
            assertThat(refused.rule()).isEqualTo("invalid-period");
            assertThat(refused.field()).isEqualTo("schoolYear");
        }
    }
}
