package fr.ipe.convention.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a convention runs, from {@code start} to {@code end} inclusive, and what follows from them: its convention
 * years and their anniversaries (the tacit renewals of art. 2), its budget years, and the final evaluation's due date
 * (art. 9). An avenant that moves the end date (art. 11) gives a new period, and everything tied to it moves with it.
 */
public record ConventionPeriod(LocalDate start, LocalDate end) {

    public ConventionPeriod {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    public static ConventionPeriod ofYears(LocalDate start, int years) {
        return new ConventionPeriod(start, start.plusYears(years).minusDays(1));
    }

    /** The anniversaries within the period: the first day of each convention year after the first. */
    public List<LocalDate> anniversaries() {
        List<LocalDate> anniversaries = new ArrayList<>();
        for (int year = 1; !start.plusYears(year).isAfter(end); year++) {
            anniversaries.add(start.plusYears(year));
        }
        return anniversaries;
    }

    /** How many convention years the period spans (the last one may be shorter after an avenant). */
    public int years() {
        return anniversaries().size() + 1;
    }

    /** The first day of the last convention year. */
    public LocalDate lastYearStart() {
        return start.plusYears(years() - 1L);
    }

    /**
     * Art. 9: the evaluation is made "avant le 1er juillet de la dernière année d'exécution", read as the 1 July that
     * falls in the last convention year (the day before it), or the end of the period when the last year holds none.
     */
    public LocalDate finalEvaluationDue() {
        LocalDate julyFirst = LocalDate.of(lastYearStart().getYear(), 7, 1);
        if (julyFirst.isBefore(lastYearStart())) {
            julyFirst = julyFirst.plusYears(1);
        }
        return julyFirst.isAfter(end) ? end : julyFirst.minusDays(1);
    }

    /** Budget years are the civil years the convention years begin in: 2007-03-01 for 4 years covers 2007 to 2010. */
    public int firstBudgetYear() {
        return start.getYear();
    }

    public int lastBudgetYear() {
        return lastYearStart().getYear();
    }

    public LocalDate dayAfterTerm() {
        return end.plusDays(1);
    }
}
