package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.EtablissementKind;
import fr.ipe.contracts.stage.PriorityFlag;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of an établissement of the bank. */
public final class EtablissementCommands {

    private EtablissementCommands() {
    }

    /**
     * Registers the établissement, or brings it up to date: the same values again change nothing (a re-import is
     * idempotent). Its académie is fixed at registration.
     */
    public record RegisterEtablissement(@TargetAggregateIdentifier String uai, String academie, String bassin,
                                        EtablissementKind kind, String name, Set<PriorityFlag> priorities,
                                        LocalDate on) {
    }

    /** What a registration did. */
    public enum Outcome { REGISTERED, CHANGED, UNCHANGED }
}
