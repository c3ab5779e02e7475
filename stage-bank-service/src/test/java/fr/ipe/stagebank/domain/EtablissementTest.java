package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.EtablissementChanged;
import fr.ipe.contracts.stage.EtablissementKind;
import fr.ipe.contracts.stage.EtablissementRegistered;
import fr.ipe.contracts.stage.PriorityFlag;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.stagebank.domain.EtablissementCommands.Outcome;
import fr.ipe.stagebank.domain.EtablissementCommands.RegisterEtablissement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A registration is idempotent: the same values again change nothing; the académie of a UAI never changes. */
class EtablissementTest {

    static final LocalDate ON = LocalDate.of(2009, 9, 7);
    static final EtablissementRegistered REGISTERED = new EtablissementRegistered("0130053M", "aix-marseille",
            "marseille-nord", EtablissementKind.LYCEE_PROFESSIONNEL, "LP de la Viste",
            List.of(PriorityFlag.ESPOIR_BANLIEUES, PriorityFlag.REP_PLUS), ON);

    AggregateTestFixture<Etablissement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Etablissement.class);
    }

    static RegisterEtablissement register(String academie, Set<PriorityFlag> flags) {
        return new RegisterEtablissement("0130053M", academie, "marseille-nord", EtablissementKind.LYCEE_PROFESSIONNEL,
                "LP de la Viste", flags, ON);
    }

    @Test
    void registersThenChangesOnlyWhatDiffers() {
        fixture.givenNoPriorActivity()
                .when(register("aix-marseille", Set.of(PriorityFlag.REP_PLUS, PriorityFlag.ESPOIR_BANLIEUES)))
                .expectEvents(REGISTERED).expectResultMessagePayload(Outcome.REGISTERED);
        fixture.given(REGISTERED)
                .when(register("aix-marseille", Set.of(PriorityFlag.REP_PLUS, PriorityFlag.ESPOIR_BANLIEUES)))
                .expectNoEvents().expectResultMessagePayload(Outcome.UNCHANGED);
        fixture.given(REGISTERED)
                .when(register("aix-marseille", Set.of()))
                .expectEvents(new EtablissementChanged("0130053M", "aix-marseille", "marseille-nord",
                        EtablissementKind.LYCEE_PROFESSIONNEL, "LP de la Viste", List.of(), ON))
                .expectResultMessagePayload(Outcome.CHANGED);
    }

    @Test
    void aUaiBelongsToOneAcademie() {
        fixture.given(REGISTERED)
                .when(register("lyon", Set.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("établissement 0130053M belongs to académie aix-marseille");
    }
}
