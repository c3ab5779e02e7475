package fr.ipe.mission.domain;

import fr.ipe.contracts.mission.CandidaturePreselected;
import fr.ipe.contracts.mission.CandidatureRejected;
import fr.ipe.contracts.mission.CandidatureSelected;
import fr.ipe.contracts.mission.CandidatureSubmitted;
import fr.ipe.contracts.mission.NeedPosted;
import fr.ipe.mission.domain.NeedCommands.PostNeed;
import fr.ipe.mission.domain.NeedCommands.PreselectCandidature;
import fr.ipe.mission.domain.NeedCommands.RejectCandidature;
import fr.ipe.mission.domain.NeedCommands.SelectCandidature;
import fr.ipe.mission.domain.NeedCommands.SubmitCandidature;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MissionNeedTest {

    static final LocalDate ON = LocalDate.of(2007, 4, 2);
    AggregateTestFixture<MissionNeed> fixture;

    static Matcher<RuleViolation> field(String field) {
        return new FeatureMatcher<>(Matchers.equalTo(field), "a rule violation on", "field") {
            @Override
            protected String featureValueOf(RuleViolation violation) {
                return violation.field();
            }
        };
    }

    static Matcher<RuleViolation> rule(String rule) {
        return new FeatureMatcher<>(Matchers.equalTo(rule), "a violation of", "rule") {
            @Override
            protected String featureValueOf(RuleViolation violation) {
                return violation.rule();
            }
        };
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MissionNeed.class);
    }

    static PostNeed post(Boolean declared, String justification, List<String> axes) {
        return new PostNeed("n-1", "lyon", "Titre", "Profil", axes, null, null, false, declared, justification, ON);
    }

    static NeedPosted posted() {
        return new NeedPosted("n-1", "lyon", "Titre", "Profil", List.of("stages-tutorat"), null, null, "Interface", ON);
    }

    static CandidatureSubmitted submitted(String candidature, String ipe) {
        return new CandidatureSubmitted("n-1", candidature, ipe, "55208131766522", "lyon", ON);
    }

    @Test
    void aNeedWithItsNonSubstitutionDeclarationIsPosted() {
        fixture.givenNoPriorActivity().when(post(true, " Interface ", List.of("stages-tutorat")))
                .expectEvents(posted());
    }

    @Test
    void withoutTheNonSubstitutionDeclarationOrItsJustificationTheNeedIsRefused() {
        fixture.givenNoPriorActivity().when(post(null, "Interface", List.of("stages-tutorat")))
                .expectException(RuleViolation.class)
                .expectException(field("nonSubstitutionDeclared"));
        fixture.givenNoPriorActivity().when(post(true, "  ", List.of("stages-tutorat")))
                .expectException(field("nonSubstitutionJustification"));
        fixture.givenNoPriorActivity().when(post(true, "Interface", List.of("campus-metiers-qualifications")))
                .expectException(field("axisCodes"));
    }

    @Test
    void theAssociationPreselectsThenTheRecteurSelectsOneIpePerNeed() {
        fixture.given(posted(), submitted("c-1", "i-1"))
                .when(new SelectCandidature("n-1", "c-1", false, ON, null))
                .expectException(rule("candidature-not-preselected"));
        fixture.given(posted(), submitted("c-1", "i-1"))
                .when(new PreselectCandidature("n-1", "c-1", false, ON, null))
                .expectEvents(new CandidaturePreselected("n-1", "c-1", "lyon", ON));
        fixture.given(posted(), submitted("c-1", "i-1"), new CandidaturePreselected("n-1", "c-1", "lyon", ON))
                .when(new SelectCandidature("n-1", "c-1", false, ON, null))
                .expectEvents(new CandidatureSelected("n-1", "c-1", "i-1", "lyon", ON));
        fixture.given(posted(), submitted("c-1", "i-1"), submitted("c-2", "i-2"),
                        new CandidaturePreselected("n-1", "c-1", "lyon", ON),
                        new CandidaturePreselected("n-1", "c-2", "lyon", ON),
                        new CandidatureSelected("n-1", "c-1", "i-1", "lyon", ON))
                .when(new SelectCandidature("n-1", "c-2", false, ON, null))
                .expectException(rule("need-filled"));
    }

    @Test
    void anIpeIsACandidateOnceAndARejectionStatesItsReason() {
        fixture.given(posted(), submitted("c-1", "i-1"))
                .when(new SubmitCandidature("n-1", "c-2", "i-1", "55208131766522", false, ON, null))
                .expectException(rule("already-candidate"));
        fixture.given(posted(), submitted("c-1", "i-1"))
                .when(new RejectCandidature("n-1", "c-1", " Profil ", ON, null))
                .expectEvents(new CandidatureRejected("n-1", "c-1", "lyon", "Profil", ON));
        fixture.given(posted(), submitted("c-1", "i-1"), new CandidatureRejected("n-1", "c-1", "lyon", "x", ON))
                .when(new RejectCandidature("n-1", "c-1", "again", ON, null))
                .expectException(RuleViolation.class);
    }
}
