package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.MentorRegistered;
import fr.ipe.contracts.stage.MentorStatus;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.stagebank.domain.MentorCommands.RegisterMentor;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** A mentor is known by the association's reference: a pseudonym, never a name. */
class MentorTest {

    static final LocalDate ON = LocalDate.of(2009, 9, 1);

    final AggregateTestFixture<Mentor> fixture = new AggregateTestFixture<>(Mentor.class);

    @Test
    void isKnownByAReferenceThatCannotBeAName() {
        for (String name : new String[] {"Jean Dupont", "DUPONT", "dupont-17", "Élodie-2009"}) {
            fixture.givenNoPriorActivity()
                    .when(new RegisterMentor("m1", "besancon", name, null, null, MentorStatus.RETIRED, ON))
                    .expectException(RuleViolation.class);
        }
        fixture.givenNoPriorActivity()
                .when(new RegisterMentor("m1", "besancon", " IPE-PAR-2009-017 ", null, null, MentorStatus.RETIRED, ON))
                .expectEvents(new MentorRegistered("m1", "besancon", "IPE-PAR-2009-017", null, null,
                        MentorStatus.RETIRED, ON));
    }
}
