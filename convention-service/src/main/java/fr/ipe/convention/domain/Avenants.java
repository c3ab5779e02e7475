package fr.ipe.convention.domain;

import fr.ipe.contracts.convention.Annex;
import fr.ipe.contracts.convention.AvenantProposed;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionTerms;
import fr.ipe.convention.domain.LifecycleCommands.ProposeAvenant;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What an avenant may change and what it makes of a convention's terms (art. 11): "les éléments modifiés", never the
 * general objectives of article 1 nor their content, annex 1. Annexes it states replace those of the same number.
 */
public final class Avenants {

    /** Annex 1 holds the objectives and actions of article 1. */
    static final int OBJECTIVES_ANNEX = 1;

    private Avenants() {
    }

    /**
     * The terms the proposed avenant would give, or the rule it breaks: it changes something, never the objectives or
     * annex 1; the subsidy is the national convention's alone; a moved end date brings a schedule for the new years.
     */
    static ConventionTerms check(ProposeAvenant proposal, ConventionKind kind, ConventionTerms current,
                                 SubsidyLedger subsidy, Collection<LocalDate> anniversariesPassed) {
        if (proposal.objectives() != null) {
            throw RuleViolation.unprocessable("objectives-cannot-change", "objectives",
                    "an avenant never changes the general objectives of article 1");
        }
        if (proposal.endDate() == null && proposal.subsidyTotalCents() == null && proposal.yearlySubsidyCents() == null
                && proposal.budget() == null && proposal.annexes() == null) {
            throw RuleViolation.unprocessable("avenant-without-change", "avenant",
                    "an avenant states the elements it changes: dates, amounts, budget lines or annexes");
        }
        if (proposal.annexes() != null && proposal.annexes().stream().anyMatch(a -> a.number() == OBJECTIVES_ANNEX)) {
            throw RuleViolation.unprocessable("objectives-annex-cannot-change", "annexes",
                    "annex 1 states the objectives of article 1: no avenant replaces it (art. 11)");
        }
        ConventionTerms amended = amend(current, proposal.endDate(), proposal.subsidyTotalCents(),
                proposal.yearlySubsidyCents(), proposal.budget(), proposal.annexes());
        if (!amended.endDate().isAfter(amended.startDate())) {
            throw RuleViolation.unprocessable("end-before-start", "endDate", "the end date must follow the start date");
        }
        if (anniversariesPassed.stream().anyMatch(passed -> !amended.endDate().isAfter(passed))) {
            throw RuleViolation.unprocessable("end-before-passed-anniversary", "endDate",
                    "the end date cannot fall before a convention year that already began");
        }
        ConventionPeriod period = new ConventionPeriod(amended.startDate(), amended.endDate());
        boolean subsidyTouched = proposal.subsidyTotalCents() != null || proposal.yearlySubsidyCents() != null;
        if (kind != ConventionKind.NATIONAL_MULTI_YEAR && subsidyTouched) {
            throw RuleViolation.unprocessable("subsidy-only-national", "subsidyTotalCents",
                    "only the national convention carries the State subsidy");
        }
        if (kind == ConventionKind.NATIONAL_MULTI_YEAR) {
            DraftingRules.checkSchedule(kind, amended.subsidyTotalCents(), amended.yearlySubsidyCents(), period.years());
            if (amended.subsidyTotalCents() < subsidy.netNotifiedCents()) {
                throw RuleViolation.unprocessable("ceiling-below-notified", "subsidyTotalCents",
                        "the subsidy cannot fall below the " + subsidy.netNotifiedCents() + " already notified");
            }
        }
        if (amended.budget() != null) {
            BudgetRules.check(amended.budget(), amended.subsidyTotalCents());
        }
        return amended;
    }

    /** {@code current} as the proposed avenant leaves it. */
    public static ConventionTerms amend(ConventionTerms current, AvenantProposed proposed) {
        return amend(current, proposed.endDate(), proposed.subsidyTotalCents(), proposed.yearlySubsidyCents(),
                proposed.budget(), proposed.annexes());
    }

    private static ConventionTerms amend(ConventionTerms current, LocalDate endDate, Long subsidyTotalCents,
                                         List<Long> yearlySubsidyCents, fr.ipe.contracts.convention.Budget budget,
                                         List<Annex> annexes) {
        return new ConventionTerms(current.startDate(),
                endDate != null ? endDate : current.endDate(),
                subsidyTotalCents != null ? subsidyTotalCents : current.subsidyTotalCents(),
                yearlySubsidyCents != null ? List.copyOf(yearlySubsidyCents) : current.yearlySubsidyCents(),
                budget != null ? budget : current.budget(),
                annexes != null ? replaceByNumber(current.annexes(), annexes) : current.annexes());
    }

    private static List<Annex> replaceByNumber(List<Annex> current, List<Annex> replacements) {
        List<Annex> next = new ArrayList<>(current.stream()
                .filter(a -> replacements.stream().noneMatch(r -> r.number() == a.number())).toList());
        next.addAll(replacements);
        next.sort(Comparator.comparingInt(Annex::number));
        return List.copyOf(next);
    }
}
