package fr.ipe.convention.api;

import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.convention.application.DraftTerms;
import fr.ipe.platform.bounds.Academie;
import fr.ipe.platform.bounds.Cents;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * Body of {@code POST /api/conventions}. Amounts in euro cents; {@code academie} is absent for the national one (and
 * for a secondment agreement of the central administration); {@code yearlySubsidyCents} gives the forecast of each
 * convention year (art. 4); {@code fiscalYearEnd} is written {@code --12-31} (the default); {@code budget} is annex 2.
 */
@Schema(example = RequestExamples.DRAFT)
public record DraftConventionRequest(
        @NotNull ConventionKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 4000) String objectives,
        @Academie String academie,
        @NotEmpty @Size(max = 10) List<@Valid @NotNull PartyRequest> parties,
        @NotNull LocalDate startDate,
        @NotNull @Min(1) @Max(10) Integer durationYears,
        @Cents long subsidyTotalCents,
        @Size(max = 10) List<@NotNull @Cents Long> yearlySubsidyCents,
        MonthDay fiscalYearEnd,
        @Valid BudgetRequest budget,
        @Size(max = 20) List<@Valid @NotNull AnnexRequest> annexes) {

    /** The parties with their names and identifiers stripped of surrounding blanks. */
    List<Party> partiesStripped() {
        return parties.stream().map(p -> new Party(p.role(), p.name().strip(),
                p.identifier() == null ? null : p.identifier().strip())).toList();
    }

    DraftTerms terms() {
        return new DraftTerms(title, objectives, startDate, durationYears, subsidyTotalCents, yearlySubsidyCents,
                fiscalYearEnd, BudgetRequest.toBudget(budget), BudgetRequest.toAnnexes(annexes));
    }

    public record PartyRequest(
            @NotNull PartyRole role,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 64) String identifier) {
    }
}
