package fr.ipe.convention.domain;

import fr.ipe.contracts.convention.AssociationDeclaration;
import fr.ipe.contracts.convention.AssociationDocument;
import fr.ipe.contracts.convention.AssociationDocumentFiled;
import fr.ipe.contracts.convention.AssociationDocumentOverdue;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.DeclarationCopyFiled;
import fr.ipe.contracts.convention.FinalEvaluationFiled;
import fr.ipe.contracts.convention.FinalEvaluationOverdue;
import fr.ipe.contracts.convention.GeneralAssemblyHeld;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What the association owes under the national convention, and how it stands: for every fiscal year closing within the
 * period, its documents (art. 5), due one month after the general assembly and at the latest six months after the close
 * (art. 2), the auditor's report having no fixed deadline ("dans les délais utiles"); the copies of its declarations
 * (art. 6); and the final evaluation (art. 9). Immutable; the aggregate and the service's view evolve it alike.
 */
public record AssociationDuties(List<DocumentDuty> documents, List<GeneralAssembly> generalAssemblies,
                                List<DeclarationCopy> declarations, EvaluationDuty finalEvaluation) {

    /** Art. 6 copies are sent "sans délai": read as within one month of the declaration. */
    static final int DECLARATION_COPY_MONTHS = 1;

    public record DocumentDuty(int fiscalYear, AssociationDocument document, LocalDate dueOn, LocalDate filedOn,
                               boolean late, boolean flaggedOverdue) {
        boolean filedInTime() {
            return filedOn != null && !late;
        }

        boolean unfiledAfter(LocalDate day) {
            return dueOn != null && filedOn == null && (flaggedOverdue || dueOn.isBefore(day));
        }

        String name() {
            return document + " " + fiscalYear;
        }
    }

    public record GeneralAssembly(int fiscalYear, LocalDate heldOn) {
    }

    public record DeclarationCopy(AssociationDeclaration declaration, LocalDate declaredOn, LocalDate dueOn,
                                  LocalDate filedOn, boolean late) {
    }

    public record EvaluationDuty(LocalDate dueOn, LocalDate filedOn, boolean late, boolean flaggedOverdue) {
        public boolean filed() {
            return filedOn != null;
        }
    }

    /** A convention other than the national one: the association owes nothing under it. */
    public static AssociationDuties none() {
        return new AssociationDuties(List.of(), List.of(), List.of(), null);
    }

    public static AssociationDuties forPeriod(ConventionPeriod period, MonthDay fiscalYearEnd) {
        return none().withPeriod(period, fiscalYearEnd);
    }

    /** What the association owes under a convention of {@code kind}: only the national one binds it. */
    public static AssociationDuties of(ConventionKind kind, ConventionPeriod period, MonthDay fiscalYearEnd) {
        return kind == ConventionKind.NATIONAL_MULTI_YEAR ? forPeriod(period, fiscalYearEnd) : none();
    }

    /** After an avenant gave a convention of {@code kind} the new {@code period} (art. 11). */
    public AssociationDuties movedTo(ConventionKind kind, ConventionPeriod period, MonthDay fiscalYearEnd) {
        return kind == ConventionKind.NATIONAL_MULTI_YEAR ? withPeriod(period, fiscalYearEnd) : this;
    }

    /**
     * The duties of {@code period}: the documents of every fiscal year that closes within it (what was filed stays
     * filed, unfiled documents of years the period no longer covers go), and the evaluation of its last year.
     */
    public AssociationDuties withPeriod(ConventionPeriod period, MonthDay fiscalYearEnd) {
        List<DocumentDuty> next = new ArrayList<>(documents.stream().filter(d -> d.filedOn() != null).toList());
        for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
            LocalDate close = fiscalYearEnd.atYear(year);
            if (close.isBefore(period.start()) || close.isAfter(period.end())) {
                continue;
            }
            LocalDate dueOn = documentsDue(close, assemblyOf(year).orElse(null));
            for (AssociationDocument document : AssociationDocument.values()) {
                int fiscalYear = year;
                if (next.stream().noneMatch(d -> d.fiscalYear() == fiscalYear && d.document() == document)) {
                    next.add(new DocumentDuty(year, document, document.hasDeadline() ? dueOn : null, null, false, false));
                }
            }
        }
        next.sort(Comparator.comparingInt(DocumentDuty::fiscalYear).thenComparing(DocumentDuty::document));
        EvaluationDuty evaluation = finalEvaluation != null && finalEvaluation.filed() ? finalEvaluation
                : new EvaluationDuty(period.finalEvaluationDue(), null, false, false);
        return new AssociationDuties(List.copyOf(next), generalAssemblies, declarations, evaluation);
    }

    /** Art. 2: one month after the general assembly, and at the latest six months after the close. */
    public static LocalDate documentsDue(LocalDate close, LocalDate assemblyHeldOn) {
        LocalDate sixMonthsAfterClose = close.plusMonths(6);
        if (assemblyHeldOn == null) {
            return sixMonthsAfterClose;
        }
        LocalDate monthAfterAssembly = assemblyHeldOn.plusMonths(1);
        return monthAfterAssembly.isBefore(sixMonthsAfterClose) ? monthAfterAssembly : sixMonthsAfterClose;
    }

    public static LocalDate declarationCopyDue(LocalDate declaredOn) {
        return declaredOn.plusMonths(DECLARATION_COPY_MONTHS);
    }

    // ---- rules

    /** The document to file, or the rule it breaks. */
    public DocumentDuty documentToFile(int fiscalYear, AssociationDocument document) {
        DocumentDuty duty = document(fiscalYear, document).orElseThrow(() -> RuleViolation.unprocessable(
                "fiscal-year-outside-convention", "fiscalYear", "no " + document + " is due for fiscal year " + fiscalYear));
        if (duty.filedOn() != null) {
            throw RuleViolation.conflict("document-already-filed", duty.name() + " was filed on " + duty.filedOn());
        }
        return duty;
    }

    /** Refuses an assembly for a fiscal year the convention does not cover, recorded twice, or held before the close. */
    public void checkAssembly(int fiscalYear, LocalDate heldOn, MonthDay fiscalYearEnd) {
        if (documents.stream().noneMatch(d -> d.fiscalYear() == fiscalYear)) {
            throw RuleViolation.unprocessable("fiscal-year-outside-convention", "fiscalYear",
                    "no fiscal year " + fiscalYear + " closes within the convention");
        }
        if (assemblyOf(fiscalYear).isPresent()) {
            throw RuleViolation.conflict("general-assembly-already-recorded",
                    "the general assembly of fiscal year " + fiscalYear + " was held on " + assemblyOf(fiscalYear).get());
        }
        if (!heldOn.isAfter(fiscalYearEnd.atYear(fiscalYear))) {
            throw RuleViolation.unprocessable("general-assembly-before-close", "heldOn",
                    "the general assembly approving fiscal year " + fiscalYear + " is held after its close");
        }
    }

    /**
     * Art. 2: what stands in the way of the tacit renewal on {@code anniversary}: documents due before it that were not
     * filed in time, and declaration copies sent late. The auditor's report has no deadline, so it never does.
     */
    public List<String> blockingTacitRenewal(LocalDate anniversary) {
        Stream<String> documentsLate = documents.stream()
                .filter(d -> d.dueOn() != null && d.dueOn().isBefore(anniversary) && !d.filedInTime())
                .map(DocumentDuty::name);
        Stream<String> copiesLate = declarations.stream()
                .filter(c -> c.late() && c.filedOn().isBefore(anniversary))
                .map(c -> "copy of the " + c.declaration() + " declaration of " + c.declaredOn());
        return Stream.concat(documentsLate, copiesLate).toList();
    }

    /** Art. 4: the subsidy is paid only while the association meets its art. 5 obligations: none overdue on {@code day}. */
    public List<String> overdueOn(LocalDate day) {
        return documents.stream().filter(d -> d.unfiledAfter(day)).map(DocumentDuty::name).toList();
    }

    /** Documents whose due date passed unfiled and that were not flagged overdue yet. */
    List<DocumentDuty> overdueToFlag() {
        return documents.stream().filter(d -> d.dueOn() != null && d.filedOn() == null && !d.flaggedOverdue()).toList();
    }

    /** Where a duty stands on a given day. */
    public enum DutyStatus { NOT_YET_DUE, NO_DEADLINE, FILED, FILED_LATE, OVERDUE }

    public record DutyState(int fiscalYear, String duty, LocalDate dueOn, LocalDate filedOn, DutyStatus status) {
    }

    /** The duties as of {@code asOf}, and whether they would stand in the way of a tacit renewal on that day. */
    public record Report(LocalDate asOf, List<DutyState> documents, List<GeneralAssembly> generalAssemblies,
                         List<DeclarationCopy> declarationCopies, DutyState finalEvaluation,
                         List<String> blockingTacitRenewal, boolean blocksTacitRenewal) {
    }

    public Report asOf(LocalDate today) {
        List<DutyState> states = documents.stream().map(d -> new DutyState(d.fiscalYear(), d.document().name(),
                d.dueOn(), d.filedOn(), status(d.dueOn(), d.filedOn(), d.late(), today))).toList();
        DutyState evaluation = finalEvaluation == null ? null : new DutyState(finalEvaluation.dueOn().getYear(),
                "FINAL_EVALUATION", finalEvaluation.dueOn(), finalEvaluation.filedOn(),
                status(finalEvaluation.dueOn(), finalEvaluation.filedOn(), finalEvaluation.late(), today));
        List<String> blocking = blockingTacitRenewal(today);
        return new Report(today, states, generalAssemblies, declarations, evaluation, blocking, !blocking.isEmpty());
    }

    private static DutyStatus status(LocalDate dueOn, LocalDate filedOn, boolean late, LocalDate today) {
        if (filedOn != null) {
            return late ? DutyStatus.FILED_LATE : DutyStatus.FILED;
        }
        if (dueOn == null) {
            return DutyStatus.NO_DEADLINE;
        }
        return today.isAfter(dueOn) ? DutyStatus.OVERDUE : DutyStatus.NOT_YET_DUE;
    }

    // ---- facts

    public AssociationDuties documentFiled(AssociationDocumentFiled e) {
        return withDocument(e.fiscalYear(), e.document(), d -> new DocumentDuty(d.fiscalYear(), d.document(), d.dueOn(),
                e.filedOn(), e.late(), d.flaggedOverdue()));
    }

    public AssociationDuties documentOverdue(AssociationDocumentOverdue e) {
        return withDocument(e.fiscalYear(), e.document(), d -> new DocumentDuty(d.fiscalYear(), d.document(), d.dueOn(),
                d.filedOn(), d.late(), true));
    }

    public AssociationDuties assemblyHeld(GeneralAssemblyHeld e) {
        List<GeneralAssembly> assemblies = new ArrayList<>(generalAssemblies);
        assemblies.add(new GeneralAssembly(e.fiscalYear(), e.heldOn()));
        List<DocumentDuty> moved = documents.stream().map(d -> d.fiscalYear() == e.fiscalYear() && d.dueOn() != null
                ? new DocumentDuty(d.fiscalYear(), d.document(), e.documentsDueOn(), d.filedOn(),
                        d.filedOn() != null && d.filedOn().isAfter(e.documentsDueOn()), d.flaggedOverdue())
                : d).toList();
        return new AssociationDuties(moved, List.copyOf(assemblies), declarations, finalEvaluation);
    }

    public AssociationDuties declarationCopyFiled(DeclarationCopyFiled e) {
        List<DeclarationCopy> copies = new ArrayList<>(declarations);
        copies.add(new DeclarationCopy(e.declaration(), e.declaredOn(), e.dueOn(), e.filedOn(), e.late()));
        return new AssociationDuties(documents, generalAssemblies, List.copyOf(copies), finalEvaluation);
    }

    public AssociationDuties evaluationFiled(FinalEvaluationFiled e) {
        return withEvaluation(new EvaluationDuty(e.dueOn(), e.filedOn(), e.late(), finalEvaluation.flaggedOverdue()));
    }

    public AssociationDuties evaluationOverdue(FinalEvaluationOverdue e) {
        return withEvaluation(new EvaluationDuty(e.dueOn(), null, false, true));
    }

    public Optional<DocumentDuty> document(int fiscalYear, AssociationDocument document) {
        return documents.stream().filter(d -> d.fiscalYear() == fiscalYear && d.document() == document).findFirst();
    }

    public Optional<LocalDate> assemblyOf(int fiscalYear) {
        return generalAssemblies.stream().filter(a -> a.fiscalYear() == fiscalYear).map(GeneralAssembly::heldOn).findFirst();
    }

    private AssociationDuties withDocument(int fiscalYear, AssociationDocument document, UnaryOperator<DocumentDuty> change) {
        return new AssociationDuties(documents.stream()
                .map(d -> d.fiscalYear() == fiscalYear && d.document() == document ? change.apply(d) : d).toList(),
                generalAssemblies, declarations, finalEvaluation);
    }

    private AssociationDuties withEvaluation(EvaluationDuty evaluation) {
        return new AssociationDuties(documents, generalAssemblies, declarations, evaluation);
    }
}
