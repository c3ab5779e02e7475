package fr.ipe.convention.domain;

import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.BudgetLine;
import fr.ipe.platform.domain.ExactAmounts;
import fr.ipe.platform.domain.RuleViolation;
import java.util.List;

/**
 * Annex 2: every computed line adds up, income balances spending, and the State subsidy line matches art. 4. Sums and
 * products are exact: a figure too large to compute is refused, never wrapped around into a balance.
 */
public final class BudgetRules {

    /** The income line that carries the State subsidy; when present it must equal the convention's subsidy. */
    public static final String STATE_SUBSIDY_LINE = "state-subsidy";

    private BudgetRules() {
    }

    public static void check(Budget budget, long subsidyTotalCents) {
        checkLines(budget.income(), "budget.income");
        checkLines(budget.spending(), "budget.spending");
        long income = ExactAmounts.sum(budget.income().stream().map(BudgetLine::amountCents).toList(), "budget.income");
        long spending = ExactAmounts.sum(budget.spending().stream().map(BudgetLine::amountCents).toList(),
                "budget.spending");
        if (income != spending) {
            throw RuleViolation.unprocessable("budget-unbalanced", "budget", "income " + income
                    + " and spending " + spending + " must balance (annex 2)");
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
            long computed = ExactAmounts.multiply(ExactAmounts.multiply(line.count(), line.years(), at + ".amountCents"),
                    line.unitAmountCents(), at + ".amountCents");
            if (computed != line.amountCents()) {
                throw RuleViolation.unprocessable("budget-line-miscomputed", at + ".amountCents", line.count() + " × "
                        + line.years() + " × " + line.unitAmountCents() + " = " + computed + ", not " + line.amountCents());
            }
        }
    }
}
