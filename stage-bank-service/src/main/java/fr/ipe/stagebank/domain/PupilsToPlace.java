package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.platform.domain.RuleViolation;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A need as a reservation sees it: whether it is open, the weeks it asks for, its pupils and those the bank placed.
 * The need's side of a reservation, which the offer cannot decide: the offer is the boundary of its places, the need of
 * its pupils, and a reservation takes both.
 */
public record PupilsToPlace(String needId, String academie, boolean open, SortedSet<StageWeek> weeks, int pupils,
                            int placed) {

    public PupilsToPlace {
        weeks = new TreeSet<>(weeks);
    }

    /** The pupils still to place. */
    public int unmet() {
        return Math.max(0, pupils - placed);
    }

    /**
     * The need takes {@code places} more pupils in each of {@code weeks}: it is open (409 {@code need-closed}), asks
     * for every one of those weeks (422 {@code week-not-needed}) and has that many pupils still unmet (409
     * {@code need-met}).
     */
    public void requireRoomFor(int places, Collection<String> asked) {
        if (!open) {
            throw RuleViolation.conflict("need-closed", "the need is closed");
        }
        for (String week : asked) {
            if (!StageWeek.isValid(week) || !weeks.contains(StageWeek.parse(week))) {
                throw RuleViolation.unprocessable("week-not-needed", "weeks", "the need does not ask for week " + week);
            }
        }
        if (places > unmet()) {
            throw RuleViolation.conflict("need-met", "the need has " + unmet() + " pupil(s) still to place, " + places
                    + " asked");
        }
    }
}
