package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** One party signed the convention. */
@EventContract(type = "fr.ipe.convention.ConventionPartySigned.v1", topic = Topics.CONVENTIONS)
public record ConventionPartySigned(
        String conventionId,
        String academie,
        PartyRole party,
        String signatory,
        LocalDate signedOn) implements ConventionEvent {
}
