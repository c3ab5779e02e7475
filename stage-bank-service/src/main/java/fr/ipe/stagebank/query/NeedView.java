package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.PriorityFlag;
import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.stagebank.domain.Demand;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * An établissement's need, how many of its pupils the bank placed (reserved or confirmed) and how many remain
 * ({@code unmet}); {@code priorities} are its établissement's flags as they stand now; {@code statedAt} is the instant
 * it was stated, which orders needs of the same standing.
 */
public record NeedView(String needId, String academie, String uai, String bassin, StageLevel level, String speciality,
                       int pupils, int placed, List<String> weeks, String objectives, Status status,
                       LocalDate statedOn, Instant statedAt, List<PriorityFlag> priorities, long version) {

    public enum Status { OPEN, CLOSED }

    /** The pupils still to place: in the view, as the README promises. */
    @JsonProperty("unmet")
    public int unmet() {
        return Math.max(0, pupils - placed);
    }

    public boolean priorityEtablissement() {
        return !priorities.isEmpty();
    }

    /** The need as matching sees it. */
    public Demand demand() {
        TreeSet<StageWeek> parsed = new TreeSet<>();
        weeks.forEach(w -> parsed.add(StageWeek.parse(w)));
        return new Demand(needId, uai, bassin, priorities, level, parsed, pupils, placed, statedAt);
    }
}
