package fr.ipe.action.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.action.domain.ActionCommands.CancelAction;
import fr.ipe.action.domain.ActionCommands.CorrectAction;
import fr.ipe.action.domain.ActionCommands.PlanAction;
import fr.ipe.action.domain.ActionCommands.ReportAction;
import fr.ipe.action.domain.ActionCommands.ValidateAction;
import fr.ipe.contracts.action.ActionCancelled;
import fr.ipe.contracts.action.ActionCarriedOut;
import fr.ipe.contracts.action.ActionCorrected;
import fr.ipe.contracts.action.ActionEvent;
import fr.ipe.contracts.action.ActionLifecycle;
import fr.ipe.contracts.action.ActionLifecycle.Step;
import fr.ipe.contracts.action.ActionPartners;
import fr.ipe.contracts.action.ActionPlanned;
import fr.ipe.contracts.action.ActionState;
import fr.ipe.contracts.action.ActionThemes;
import fr.ipe.contracts.action.ActionValidated;
import fr.ipe.platform.domain.DateOrder;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A partnership action: planned by its IPE, carried out with its figures, validated by the rectorat (the DGESCO for a
 * national action), corrected with a reason and validated again, or cancelled, each step dated on or after the one
 * before. Its state and what the bilan counts follow {@link ActionLifecycle}, the one lifecycle reporting shares;
 * content rules live in {@link ActionRules}.
 */
@Aggregate
public class Action {

    @AggregateIdentifier
    private String actionId;
    private ActionState state;
    /** The date of the last step (planned, reported, validated, corrected): the next one is dated on or after it. */
    private LocalDate lastStepOn;

    protected Action() {
        // for Axon
    }

    @CommandHandler
    public Action(PlanAction command) {
        ActionRules.checkAcademie(command.academie());
        ActionRules.checkIpe(command.ipeIds());
        ActionRules.checkPeriod(command.firstDay(), command.lastDay());
        String themeSet = ActionRules.themeSet(command.theme(), command.firstDay()).id();
        ActionPartners partners = command.partners() == null ? ActionPartners.NONE : command.partners();
        ActionRules.checkPartners(partners);
        apply(new ActionPlanned(command.actionId(), command.academie(), List.copyOf(command.ipeIds()), themeSet,
                command.theme(), command.title().strip(), command.firstDay(), command.lastDay(), partners,
                command.conventionId(), command.plannedOn()));
    }

    /** Figures are reported once the action took place, that is not before its last day. */
    @CommandHandler
    public long handle(ReportAction command) {
        require(Step.REPORT);
        notBefore(command.reportedOn(), state.lastDay(), "reportedOn", "figures are reported once the action took place");
        follows(command.reportedOn(), "reportedOn", "report");
        ActionRules.checkFigures(command.figures(), state.partners());
        apply(new ActionCarriedOut(actionId, state.academie(), command.figures(), command.reportedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ValidateAction command) {
        require(Step.VALIDATE);
        notBefore(command.validatedOn(), state.lastDay(), "validatedOn", "an action is validated once it took place");
        follows(command.validatedOn(), "validatedOn", "validation");
        apply(new ActionValidated(actionId, state.academie(), command.validatedOn()));
        return AggregateLifecycle.getVersion();
    }

    /** The theme stays in the action's theme set; the new period and figures follow the same rules as the first. */
    @CommandHandler
    public long handle(CorrectAction command) {
        require(Step.CORRECT);
        ActionRules.requireReason(command.reason());
        ActionRules.checkPeriod(command.firstDay(), command.lastDay());
        ActionRules.requireTheme(ActionThemes.SETS.stream().filter(s -> s.id().equals(state.themeSet())).findFirst()
                .orElseThrow(), command.theme());
        ActionPartners partners = command.partners() == null ? ActionPartners.NONE : command.partners();
        ActionRules.checkPartners(partners);
        ActionRules.checkFigures(command.figures(), partners);
        notBefore(command.correctedOn(), command.lastDay(), "correctedOn",
                "corrected figures are reported once the action took place");
        follows(command.correctedOn(), "correctedOn", "correction");
        apply(new ActionCorrected(actionId, state.academie(), command.theme(), command.firstDay(), command.lastDay(),
                partners, command.figures(), command.reason().strip(), command.correctedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CancelAction command) {
        require(Step.CANCEL);
        ActionRules.requireReason(command.reason());
        follows(command.cancelledOn(), "cancelledOn", "cancellation");
        apply(new ActionCancelled(actionId, state.academie(), command.reason().strip(), command.cancelledOn()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ActionEvent event) {
        state = ActionLifecycle.after(state, event);
        actionId = state.actionId();
        lastStepOn = dateOf(event);
    }

    private static LocalDate dateOf(ActionEvent event) {
        if (event instanceof ActionPlanned e) {
            return e.plannedOn();
        }
        if (event instanceof ActionCarriedOut e) {
            return e.reportedOn();
        }
        if (event instanceof ActionValidated e) {
            return e.validatedOn();
        }
        if (event instanceof ActionCorrected e) {
            return e.correctedOn();
        }
        return ((ActionCancelled) event).cancelledOn();
    }

    /** Each step is dated on or after the step before it (planned, reported, validated, corrected). */
    private void follows(LocalDate on, String field, String step) {
        DateOrder.onOrAfter(on, lastStepOn, field, "before-previous-step", "the " + step + " of action " + actionId
                + " follows its previous step");
    }

    private void require(Step step) {
        if (!step.allowedFrom(state.status())) {
            throw RuleViolation.conflict("action-" + step.name().toLowerCase() + "-not-allowed",
                    "action " + actionId + " is " + state.status() + ": it cannot be " + switch (step) {
                        case REPORT -> "reported again";
                        case VALIDATE -> "validated";
                        case CORRECT -> "corrected";
                        case CANCEL -> "cancelled";
                    });
        }
    }

    private static void notBefore(LocalDate day, LocalDate limit, String field, String message) {
        if (day.isBefore(limit)) {
            throw RuleViolation.unprocessable("too-early", field, message + " (" + limit + ")");
        }
    }
}
