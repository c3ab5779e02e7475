package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/**
 * The rectorat registered an établissement of its académie in the bank (by UAI), in an employment area (bassin), with
 * the flags that make it a priority of the bank.
 */
@EventContract(type = "fr.ipe.stage.EtablissementRegistered.v1", topic = Topics.STAGES)
public record EtablissementRegistered(
        String uai,
        String academie,
        String bassin,
        EtablissementKind kind,
        String name,
        List<PriorityFlag> priorities,
        LocalDate registeredOn) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return uai;
    }
}
