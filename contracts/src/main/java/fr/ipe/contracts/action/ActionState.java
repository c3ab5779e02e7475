package fr.ipe.contracts.action;

import java.time.LocalDate;
import java.util.List;

/**
 * An action as its events leave it, folded by {@link ActionLifecycle}: the current (possibly unvalidated) theme,
 * period, partners and figures, and {@code counted}, what the bilan counts (null when nothing does).
 */
public record ActionState(
        String actionId,
        String academie,
        ActionStatus status,
        List<String> ipeIds,
        String themeSet,
        String theme,
        String title,
        LocalDate firstDay,
        LocalDate lastDay,
        ActionPartners partners,
        String conventionId,
        ActionFigures figures,
        CountedAction counted) {

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isNational() {
        return academie == null;
    }

    ActionState with(ActionStatus nextStatus, String nextTheme, LocalDate nextFirst, LocalDate nextLast,
                     ActionPartners nextPartners, ActionFigures nextFigures, CountedAction nextCounted) {
        return new ActionState(actionId, academie, nextStatus, ipeIds, themeSet, nextTheme, title, nextFirst, nextLast,
                nextPartners, conventionId, nextFigures, nextCounted);
    }
}
