package fr.ipe.convention.domain;

import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.BudgetLine;
import fr.ipe.platform.domain.RuleViolation;
import java.util.List;

/** Annex 2: every computed line adds up, income balances spending, and the State subsidy line matches art. 4. */
public final class BudgetRules {

    /** The income line that carries the State subsidy; when present it must equal the convention's subsidy. */
    public static final String STATE_SUBSIDY_LINE = "state-subsidy";

    private BudgetRules() {
    }

    public static void check(Budget budget, long subsidyTotalCents) {
        checkLines(budget.income(), "budget.income");
        checkLines(budget.spending(), "budget.spending");
        if (budget.incomeCents() != budget.spendingCents()) {
            throw RuleViolation.unprocessable("budget-unbalanced", "budget", "income " + budget.incomeCents()
                    + " and spending " + budget.spendingCents() + " must balance (annex 2)");
        }
        budget.income().stream().filter(line -> STATE_SUBSIDY_LINE.equals(line.code())).findFirst().ifPresent(line -> {
            if (line.amountCents() != subsidyTotalCents) {
                throw RuleViolation.unprocessable("budget-subsidy-mismatch", "budget.income",
                        "the State subsidy line (" + line.amountCents() + ") must equal the convention's subsidy ("
                                + subsidyTotalCents + ")");
            }
        });
    }

    private static void checkLines(List<BudgetLine> lines, String field) {
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine line = lines.get(i);
            String at = field + "[" + i + "]";
            if (line.amountCents() < 0) {
                throw RuleViolation.unprocessable("budget-line-negative", at + ".amountCents", "an amount is not negative");
            }
            if (!line.computed()) {
                continue;
            }
            if (line.count() == null || line.years() == null || line.unitAmountCents() == null) {
                throw RuleViolation.unprocessable("budget-line-incomplete", at,
                        "a computed line states its count, its years and its unit amount");
            }
            long computed = (long) line.count() * line.years() * line.unitAmountCents();
            if (computed != line.amountCents()) {
                throw RuleViolation.unprocessable("budget-line-miscomputed", at + ".amountCents", line.count() + " × "
                        + line.years() + " × " + line.unitAmountCents() + " = " + computed + ", not " + line.amountCents());
            }
        }
    }
}
