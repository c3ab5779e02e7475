package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.platform.domain.RuleViolation;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The places of an offer week by week: {@code placesPerWeek} in each of its weeks, less the places reserved there.
 * The one rule of placements: never more reserved in a week than the offer has (no overselling). Immutable.
 */
public record WeeklyPlaces(int placesPerWeek, SortedMap<StageWeek, Integer> reserved) {

    public WeeklyPlaces {
        reserved = new TreeMap<>(reserved);
    }

    public static WeeklyPlaces of(int placesPerWeek, Collection<StageWeek> weeks) {
        TreeMap<StageWeek, Integer> reserved = new TreeMap<>();
        weeks.forEach(week -> reserved.put(week, 0));
        return new WeeklyPlaces(placesPerWeek, reserved);
    }

    public boolean offers(StageWeek week) {
        return reserved.containsKey(week);
    }

    public int free(StageWeek week) {
        Integer taken = reserved.get(week);
        return taken == null ? 0 : placesPerWeek - taken;
    }

    /** The fewest free places over {@code weeks}: how many pupils can take all of them. */
    public int freeOver(Collection<StageWeek> weeks) {
        return weeks.stream().mapToInt(this::free).min().orElse(0);
    }

    /** Refuses weeks the offer does not have (422) and more places than free in any of them (409). */
    public void requireFree(int places, Collection<StageWeek> weeks) {
        for (StageWeek week : weeks) {
            if (!offers(week)) {
                throw RuleViolation.unprocessable("week-not-offered", "weeks", "the offer has no place in week " + week);
            }
        }
        for (StageWeek week : weeks) {
            if (free(week) < places) {
                throw RuleViolation.conflict("not-enough-places", "the offer has " + free(week) + " free place(s) in "
                        + "week " + week + ", " + places + " asked");
            }
        }
    }

    public WeeklyPlaces take(int places, Collection<StageWeek> weeks) {
        return add(-places, weeks);
    }

    public WeeklyPlaces giveBack(int places, Collection<StageWeek> weeks) {
        return add(places, weeks);
    }

    private WeeklyPlaces add(int freed, Collection<StageWeek> weeks) {
        TreeMap<StageWeek, Integer> next = new TreeMap<>(reserved);
        weeks.forEach(week -> next.merge(week, -freed, Integer::sum));
        return new WeeklyPlaces(placesPerWeek, next);
    }

    public int freeTotal() {
        return reserved.values().stream().mapToInt(taken -> placesPerWeek - taken).sum();
    }

    public Map<StageWeek, Integer> freeByWeek() {
        TreeMap<StageWeek, Integer> free = new TreeMap<>();
        reserved.forEach((week, taken) -> free.put(week, placesPerWeek - taken));
        return free;
    }
}
