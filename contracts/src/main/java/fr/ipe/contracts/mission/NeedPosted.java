package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/**
 * A rectorat (or the DGESCO, {@code academie} null) posted a mission need (annex 1, step 1): the profile wanted, the
 * mission axes, the national priority it answers if any, and the non-substitution declaration: the post is not one of
 * the civil service's, for the reason {@code nonSubstitutionJustification}.
 */
@EventContract(type = "fr.ipe.mission.NeedPosted.v1", topic = Topics.MISSIONS)
public record NeedPosted(
        String needId,
        String academie,
        String title,
        String profile,
        List<String> axisCodes,
        Integer priorityYear,
        String priorityCode,
        String nonSubstitutionJustification,
        LocalDate postedOn) implements MissionEvent {

    @Override
    public String aggregateId() {
        return needId;
    }

    @Override
    public String academieScope() {
        return academie;
    }
}
