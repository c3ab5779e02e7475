package fr.ipe.contracts.convention;

import java.util.List;

/** The provisional budget of annex 2: income and spending lines, which must balance. */
public record Budget(List<BudgetLine> income, List<BudgetLine> spending) {

    public long incomeCents() {
        return income.stream().mapToLong(BudgetLine::amountCents).sum();
    }

    public long spendingCents() {
        return spending.stream().mapToLong(BudgetLine::amountCents).sum();
    }
}
