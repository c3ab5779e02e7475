package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.StageLevel;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Commands of an établissement's stage need. */
public final class NeedCommands {

    private NeedCommands() {
    }

    public record StateNeed(@TargetAggregateIdentifier String needId, String academie, String uai, String bassin,
                            StageLevel level, String speciality, int pupils, List<String> weeks, String objectives,
                            LocalDate statedOn) {
    }

    public record CloseNeed(@TargetAggregateIdentifier String needId, String reason, LocalDate closedOn,
                            @TargetAggregateVersion Long expectedVersion) {
    }
}
