package fr.ipe.contracts.action;

import fr.ipe.contracts.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * What the bilan counts of an action: its state at its last validation. An action counts, whole, in the civil year and
 * the school year that contain its last day (the day it was completed): an action spanning two periods is never split
 * nor counted twice.
 */
public record CountedAction(String theme, LocalDate firstDay, LocalDate lastDay, ActionPartners partners,
                            ActionFigures figures) {

    /** The civil year and the school year the action counts in. */
    public List<ReportingPeriod> periods() {
        return List.of(ReportingPeriod.containing(lastDay));
    }
}
