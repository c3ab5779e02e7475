package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** One party signed an avenant. */
@EventContract(type = "fr.ipe.convention.AvenantPartySigned.v1", topic = Topics.CONVENTIONS)
public record AvenantPartySigned(
        String conventionId,
        String academie,
        String avenantId,
        PartyRole party,
        String signatory,
        LocalDate signedOn) implements ConventionEvent {
}
