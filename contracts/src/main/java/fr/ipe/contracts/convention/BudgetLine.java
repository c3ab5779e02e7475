package fr.ipe.contracts.convention;

/**
 * A line of the provisional budget (annex 2), in euro cents. A computed line also states
 * {@code count × years × unitAmountCents} (e.g. 48 IPE × 4 years × 33 000 €), which must equal its amount.
 */
public record BudgetLine(String code, String label, long amountCents, Integer count, Integer years,
                         Long unitAmountCents) {

    public boolean computed() {
        return count != null || years != null || unitAmountCents != null;
    }
}
