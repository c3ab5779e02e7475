package fr.ipe.convention.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.convention.AssociationDocumentFiled;
import fr.ipe.contracts.convention.AssociationDocumentOverdue;
import fr.ipe.contracts.convention.AvenantApplied;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionStatus;
import fr.ipe.contracts.convention.DeclarationCopyFiled;
import fr.ipe.contracts.convention.FinalEvaluationFiled;
import fr.ipe.contracts.convention.FinalEvaluationOverdue;
import fr.ipe.contracts.convention.GeneralAssemblyHeld;
import fr.ipe.convention.domain.LifecycleCommands.FileAssociationDocument;
import fr.ipe.convention.domain.LifecycleCommands.FileDeclarationCopy;
import fr.ipe.convention.domain.LifecycleCommands.FileFinalEvaluation;
import fr.ipe.convention.domain.LifecycleCommands.RecordGeneralAssembly;
import fr.ipe.platform.domain.DateOrder;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.time.MonthDay;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * The association's side of the national convention, as a part of the {@link Convention} aggregate: it files its
 * yearly documents (art. 5), records its general assemblies (which set their due dates, art. 2), sends the copies of its
 * declarations (art. 6) and files the final evaluation (art. 9). The rules are {@link AssociationDuties}'. Only the
 * national convention has them, and it belongs to no académie: its events carry none.
 */
public class AssociationObligations {

    private final Convention convention;
    private final ConventionKind kind;
    private final MonthDay fiscalYearEnd;
    private AssociationDuties duties;

    AssociationObligations(Convention convention, ConventionKind kind, MonthDay fiscalYearEnd, ConventionPeriod period) {
        this.convention = convention;
        this.kind = kind;
        this.fiscalYearEnd = fiscalYearEnd;
        this.duties = AssociationDuties.of(kind, period, fiscalYearEnd);
    }

    AssociationDuties duties() {
        return duties;
    }

    @CommandHandler
    public long handle(FileAssociationDocument command) {
        requireNationalSigned("the association files its documents under the national convention");
        LocalDate dueOn = duties.documentToFile(command.fiscalYear(), command.document()).dueOn();
        // art. 5: the documents of a fiscal year report on it, so they are filed after its close
        DateOrder.onOrAfter(command.filedOn(), fiscalYearEnd.atYear(command.fiscalYear()).plusDays(1), "filedOn",
                "document-before-close", "a document of fiscal year " + command.fiscalYear() + " follows its close");
        apply(new AssociationDocumentFiled(convention.id(), null, command.fiscalYear(), command.document(), dueOn,
                command.filedOn(), dueOn != null && command.filedOn().isAfter(dueOn)));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordGeneralAssembly command) {
        requireNationalSigned("the association's general assemblies matter under the national convention");
        duties.checkAssembly(command.fiscalYear(), command.heldOn(), fiscalYearEnd);
        apply(new GeneralAssemblyHeld(convention.id(), null, command.fiscalYear(), command.heldOn(),
                AssociationDuties.documentsDue(fiscalYearEnd.atYear(command.fiscalYear()), command.heldOn())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(FileDeclarationCopy command) {
        requireNationalSigned("the association sends its declarations under the national convention");
        if (command.filedOn().isBefore(command.declaredOn())) {
            throw RuleViolation.unprocessable("copy-before-declaration", "filedOn",
                    "the copy of a declaration is sent after the declaration");
        }
        LocalDate dueOn = AssociationDuties.declarationCopyDue(command.declaredOn());
        apply(new DeclarationCopyFiled(convention.id(), null, command.declaration(), command.declaredOn(), dueOn,
                command.filedOn(), command.filedOn().isAfter(dueOn)));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(FileFinalEvaluation command) {
        requireNationalSigned("the final evaluation belongs to the national convention");
        if (convention.status() == ConventionStatus.SIGNED) {
            throw RuleViolation.conflict("convention-not-in-force", "the final evaluation follows the convention's "
                    + "execution: it is filed once the convention is in force (art. 9)");
        }
        if (duties.finalEvaluation().filed()) {
            throw RuleViolation.conflict("evaluation-already-filed", "the final evaluation was filed on "
                    + duties.finalEvaluation().filedOn());
        }
        DateOrder.onOrAfter(command.filedOn(), convention.takesEffectOn(), "filedOn",
                "evaluation-before-entry-into-force", "the final evaluation follows the convention's execution (art. 9)");
        LocalDate dueOn = duties.finalEvaluation().dueOn();
        apply(new FinalEvaluationFiled(convention.id(), null, dueOn, command.filedOn(), command.filedOn().isAfter(dueOn)));
        return AggregateLifecycle.getVersion();
    }

    private void requireNationalSigned(String why) {
        if (kind != ConventionKind.NATIONAL_MULTI_YEAR) {
            throw RuleViolation.unprocessable("obligations-only-national", "conventionId", why);
        }
        if (convention.status() == ConventionStatus.DRAFTED) {
            throw RuleViolation.conflict("convention-not-signed", "the convention is not signed yet");
        }
    }

    @EventSourcingHandler
    void on(AssociationDocumentFiled event) {
        duties = duties.documentFiled(event);
    }

    @EventSourcingHandler
    void on(AssociationDocumentOverdue event) {
        duties = duties.documentOverdue(event);
    }

    @EventSourcingHandler
    void on(GeneralAssemblyHeld event) {
        duties = duties.assemblyHeld(event);
    }

    @EventSourcingHandler
    void on(DeclarationCopyFiled event) {
        duties = duties.declarationCopyFiled(event);
    }

    @EventSourcingHandler
    void on(FinalEvaluationFiled event) {
        duties = duties.evaluationFiled(event);
    }

    @EventSourcingHandler
    void on(FinalEvaluationOverdue event) {
        duties = duties.evaluationOverdue(event);
    }

    /** Art. 11: a moved end date moves the yearly documents and the evaluation with it. */
    @EventSourcingHandler
    void on(AvenantApplied event) {
        duties = duties.movedTo(kind, new ConventionPeriod(event.terms().startDate(), event.terms().endDate()),
                fiscalYearEnd);
    }
}
