package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.contracts.stage.StageWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** A published offer as matching sees it: its bassin, levels and free places week by week. */
public record Supply(String offerId, String bassin, Set<StageLevel> levels, SortedMap<StageWeek, Integer> free) {

    /** The offer as it stands on {@code today}: the weeks that have begun are past, never proposed. */
    public Supply ahead(LocalDate today) {
        TreeMap<StageWeek, Integer> ahead = new TreeMap<>();
        free.forEach((week, places) -> {
            if (!Weeks.hasBegun(week, today)) {
                ahead.put(week, places);
            }
        });
        return new Supply(offerId, bassin, levels, ahead);
    }

    /** The weeks of {@code demand} this offer still has free places in. */
    public SortedSet<StageWeek> freeWeeksOf(Demand demand) {
        SortedSet<StageWeek> overlap = new TreeSet<>();
        for (StageWeek week : demand.weeks()) {
            Integer places = free.get(week);
            if (places != null && places > 0) {
                overlap.add(week);
            }
        }
        return overlap;
    }

    /** Whether {@code demand} may be proposed this offer at all: same bassin, a level of the offer, a free week. */
    public boolean serves(Demand demand) {
        return bassin.equals(demand.bassin()) && levels.contains(demand.level()) && !freeWeeksOf(demand).isEmpty();
    }
}
