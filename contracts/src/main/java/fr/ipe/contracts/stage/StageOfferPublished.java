package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/**
 * A company (SIRET) offers {@code placesPerWeek} places in each of {@code weeks} (ISO weeks such as 2026-W10, not
 * necessarily contiguous) in a bassin, for pupils of {@code levels}; entered on its behalf by the rectorat or the
 * association.
 */
@EventContract(type = "fr.ipe.stage.StageOfferPublished.v1", topic = Topics.STAGES)
public record StageOfferPublished(
        String offerId,
        String academie,
        String bassin,
        String companySiret,
        String companyName,
        String sector,
        String trade,
        List<StageLevel> levels,
        int placesPerWeek,
        List<String> weeks,
        String conditions,
        OfferEntrant enteredBy,
        LocalDate publishedOn) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return offerId;
    }
}
