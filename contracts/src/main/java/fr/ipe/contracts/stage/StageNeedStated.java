package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/**
 * An établissement states that {@code pupils} pupils of {@code level} and {@code speciality} need a stage in {@code
 * weeks}, with its objectives. The bank complements the school's own search: the need may be met partly.
 */
@EventContract(type = "fr.ipe.stage.StageNeedStated.v1", topic = Topics.STAGES)
public record StageNeedStated(
        String needId,
        String academie,
        String uai,
        String bassin,
        StageLevel level,
        String speciality,
        int pupils,
        List<String> weeks,
        String objectives,
        LocalDate statedOn) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
