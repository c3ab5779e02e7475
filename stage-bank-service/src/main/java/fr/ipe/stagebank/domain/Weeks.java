package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.platform.domain.RuleViolation;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** The ISO weeks of an offer, a need or a placement: valid, distinct, sorted, within one school year's span. */
public final class Weeks {

    /** A school year spans at most 53 ISO weeks; an offer or a need beyond it belongs to two years. */
    static final int MAX_SPAN_WEEKS = 53;

    private Weeks() {
    }

    /** The weeks written {@code 2026-W10}, sorted; refuses (422, on {@code field}) an invalid or repeated week. */
    public static SortedSet<StageWeek> parse(String field, Collection<String> weeks) {
        if (weeks == null || weeks.isEmpty()) {
            throw RuleViolation.unprocessable("weeks-required", field, "at least one ISO week (2026-W10) is required");
        }
        SortedSet<StageWeek> parsed = new TreeSet<>();
        for (String week : weeks) {
            StageWeek one;
            try {
                one = StageWeek.parse(week);
            } catch (IllegalArgumentException e) {
                throw RuleViolation.unprocessable("iso-week", field, e.getMessage());
            }
            if (!parsed.add(one)) {
                throw RuleViolation.unprocessable("week-repeated", field, "week " + week + " is listed twice");
            }
        }
        if (parsed.last().monday().toEpochDay() - parsed.first().monday().toEpochDay() >= MAX_SPAN_WEEKS * 7L) {
            throw RuleViolation.unprocessable("weeks-span", field, "the weeks span more than a school year ("
                    + parsed.first() + " to " + parsed.last() + ")");
        }
        return parsed;
    }

    public static List<String> written(Collection<StageWeek> weeks) {
        return weeks.stream().sorted().map(StageWeek::toString).toList();
    }
}
