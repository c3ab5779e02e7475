package fr.ipe.action.domain;

import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.contracts.action.ActionPartners;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The commands of an action. {@code expectedVersion} (from If-Match) is checked when present. */
public final class ActionCommands {

    private ActionCommands() {
    }

    /** Plan an action in {@code academie} (null: at the national level). */
    public record PlanAction(@TargetAggregateIdentifier String actionId, String academie, List<String> ipeIds,
                             String theme, String title, LocalDate firstDay, LocalDate lastDay,
                             ActionPartners partners, String conventionId, LocalDate plannedOn) {
    }

    /** The action took place: report its figures. */
    public record ReportAction(@TargetAggregateIdentifier String actionId, ActionFigures figures, LocalDate reportedOn,
                               @TargetAggregateVersion Long expectedVersion) {
    }

    /** The rectorat (the DGESCO for a national action) validates the action as it stands. */
    public record ValidateAction(@TargetAggregateIdentifier String actionId, LocalDate validatedOn,
                                 @TargetAggregateVersion Long expectedVersion) {
    }

    /** New theme, period, partners and figures replace the reported ones, for a reason. */
    public record CorrectAction(@TargetAggregateIdentifier String actionId, String theme, LocalDate firstDay,
                                LocalDate lastDay, ActionPartners partners, ActionFigures figures, String reason,
                                LocalDate correctedOn, @TargetAggregateVersion Long expectedVersion) {
    }

    public record CancelAction(@TargetAggregateIdentifier String actionId, String reason, LocalDate cancelledOn,
                               @TargetAggregateVersion Long expectedVersion) {
    }
}
