package fr.ipe.contracts.convention;

import java.util.List;

/** The provisional budget of annex 2: income and spending lines, which must balance. Sums are exact: an overflow throws. */
public record Budget(List<BudgetLine> income, List<BudgetLine> spending) {

    public long incomeCents() {
        return income.stream().mapToLong(BudgetLine::amountCents).reduce(0L, Math::addExact);
    }

    public long spendingCents() {
        return spending.stream().mapToLong(BudgetLine::amountCents).reduce(0L, Math::addExact);
    }
}
