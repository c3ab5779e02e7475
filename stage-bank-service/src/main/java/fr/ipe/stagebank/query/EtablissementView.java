package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.EtablissementKind;
import fr.ipe.contracts.stage.PriorityFlag;
import java.util.List;

/** An établissement of the bank; it is a priority of the bank when it carries any flag. */
public record EtablissementView(String uai, String academie, String bassin, EtablissementKind kind, String name,
                                List<PriorityFlag> priorities, long version) {

    public boolean priority() {
        return !priorities.isEmpty();
    }
}
