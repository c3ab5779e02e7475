package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/**
 * A re-import or an edit changed the établissement's bassin, kind, name or priority flags (its UAI and académie never
 * change).
 */
@EventContract(type = "fr.ipe.stage.EtablissementChanged.v1", topic = Topics.STAGES)
public record EtablissementChanged(
        String uai,
        String academie,
        String bassin,
        EtablissementKind kind,
        String name,
        List<PriorityFlag> priorities,
        LocalDate changedOn) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return uai;
    }
}
