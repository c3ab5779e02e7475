package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.PriorityFlag;
import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.contracts.stage.StageWeek;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;

/**
 * An open need as matching sees it: its établissement's priority flags (as they stand now), level, weeks, the pupils
 * it asked for, those the bank already placed, and the instant it was stated. Counts only.
 */
public record Demand(String needId, String uai, String bassin, List<PriorityFlag> priorities, StageLevel level,
                     SortedSet<StageWeek> weeks, int pupils, int placed, Instant statedAt) {

    public boolean priorityEtablissement() {
        return !priorities.isEmpty();
    }

    public int pupilsLeft() {
        return Math.max(0, pupils - placed);
    }
}
