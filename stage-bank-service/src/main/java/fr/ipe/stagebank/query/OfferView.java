package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.OfferEntrant;
import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.stagebank.domain.StageOffer;
import fr.ipe.stagebank.domain.Supply;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;

/** A company's offer as the bank shows it: its weeks with their free places. */
public record OfferView(String offerId, String academie, String bassin, StageOffer.Status status, String companySiret,
                        String companyName, String sector, String trade, List<StageLevel> levels, int placesPerWeek,
                        List<WeekPlaces> weeks, String conditions, OfferEntrant enteredBy, LocalDate publishedOn,
                        long version) {

    /** One week of the offer: its places and those still free. */
    public record WeekPlaces(String week, int places, int free) {
    }

    public int freePlaces() {
        return weeks.stream().mapToInt(WeekPlaces::free).sum();
    }

    /** The offer as matching sees it. */
    public Supply supply() {
        TreeMap<StageWeek, Integer> free = new TreeMap<>();
        weeks.forEach(w -> free.put(StageWeek.parse(w.week()), w.free()));
        return new Supply(offerId, bassin, new HashSet<>(levels), free);
    }
}
