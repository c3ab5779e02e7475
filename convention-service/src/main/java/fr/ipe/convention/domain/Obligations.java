package fr.ipe.convention.domain;

import fr.ipe.contracts.convention.AssociationDocument;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * The association's yearly duties (art. 2 and 5): for every fiscal year that closes within a period, the annual accounts
 * and the auditor's report within six months of the close, the financial report before 1 July of the following year;
 * and the final evaluation before 1 July of the period's last year (art. 9). A fiscal year is named by the year it
 * closes in.
 */
public final class Obligations {

    private Obligations() {
    }

    /** One document due for one fiscal year. */
    public record Due(int fiscalYear, AssociationDocument document, LocalDate dueOn) {
        public String key() {
            return fiscalYear + ":" + document;
        }
    }

    public static List<Due> forPeriod(LocalDate start, LocalDate end, MonthDay fiscalYearEnd) {
        List<Due> due = new ArrayList<>();
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            LocalDate close = fiscalYearEnd.atYear(year);
            if (close.isBefore(start) || close.isAfter(end)) {
                continue;
            }
            LocalDate sixMonthsAfterClose = close.plusMonths(6);
            due.add(new Due(year, AssociationDocument.FINANCIAL_REPORT, LocalDate.of(close.getYear() + 1, 6, 30)));
            due.add(new Due(year, AssociationDocument.ANNUAL_ACCOUNTS, sixMonthsAfterClose));
            due.add(new Due(year, AssociationDocument.AUDITOR_REPORT, sixMonthsAfterClose));
        }
        return due;
    }

    /** The final evaluation is due before 1 July of the period's last year. */
    public static LocalDate finalEvaluationDue(LocalDate start, int durationYears) {
        return LocalDate.of(start.getYear() + durationYears - 1, 6, 30);
    }
}
