package fr.ipe.convention.domain;

import fr.ipe.contracts.convention.Annex;
import fr.ipe.contracts.convention.AvenantProposed;
import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.ConventionTerms;
import java.time.LocalDate;
import java.util.List;

/** What an avenant makes of a convention's terms (art. 11): its stated changes, everything else as it was. */
public final class Avenants {

    private Avenants() {
    }

    /** {@code current} with the non-null changes. */
    public static ConventionTerms amend(ConventionTerms current, LocalDate endDate, Long subsidyTotalCents,
                                       Long annualSubsidyCents, Budget budget, List<Annex> annexes) {
        return new ConventionTerms(current.startDate(),
                endDate != null ? endDate : current.endDate(),
                subsidyTotalCents != null ? subsidyTotalCents : current.subsidyTotalCents(),
                annualSubsidyCents != null ? annualSubsidyCents : current.annualSubsidyCents(),
                budget != null ? budget : current.budget(),
                annexes != null ? List.copyOf(annexes) : current.annexes());
    }

    /** {@code current} as the proposed avenant would leave it. */
    public static ConventionTerms amend(ConventionTerms current, AvenantProposed proposed) {
        return amend(current, proposed.endDate(), proposed.subsidyTotalCents(), proposed.annualSubsidyCents(),
                proposed.budget(), proposed.annexes());
    }
}
