package fr.ipe.convention.api;

import fr.ipe.contracts.convention.Annex;
import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.BudgetLine;
import fr.ipe.platform.bounds.Cents;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Annex 2 as a request: income and spending lines, in euro cents; a computed line gives count, years and unit. */
public record BudgetRequest(
        @NotEmpty @Size(max = 50) List<@Valid @NotNull LineRequest> income,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull LineRequest> spending) {

    public record LineRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+", message = "must be lower-case words joined by -")
            String code,
            @NotBlank @Size(max = 200) String label,
            @NotNull @Cents Long amountCents,
            @Min(1) @Max(100_000) Integer count,
            @Min(1) @Max(10) Integer years,
            @Cents Long unitAmountCents) {
    }

    Budget toBudget() {
        return new Budget(lines(income), lines(spending));
    }

    private static List<BudgetLine> lines(List<LineRequest> lines) {
        return lines.stream().map(l -> new BudgetLine(l.code(), l.label().strip(), l.amountCents(), l.count(), l.years(),
                l.unitAmountCents())).toList();
    }

    static Budget toBudget(BudgetRequest request) {
        return request == null ? null : request.toBudget();
    }

    static List<Annex> toAnnexes(List<AnnexRequest> annexes) {
        return annexes == null ? null : annexes.stream()
                .map(a -> new Annex(a.number(), a.title().strip(), a.summary() == null ? null : a.summary().strip()))
                .toList();
    }
}
