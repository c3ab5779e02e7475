package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.OfferEntrant;
import fr.ipe.contracts.stage.StageLevel;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Commands of a company's stage offer and of the placements made on it (the offer is their consistency boundary). */
public final class OfferCommands {

    private OfferCommands() {
    }

    public record PublishOffer(@TargetAggregateIdentifier String offerId, String academie, String bassin,
                               String companySiret, String companyName, String sector, String trade,
                               List<StageLevel> levels, int placesPerWeek, List<String> weeks, String conditions,
                               OfferEntrant enteredBy, LocalDate publishedOn) {
    }

    public record WithdrawOffer(@TargetAggregateIdentifier String offerId, String reason, LocalDate withdrawnOn,
                                @TargetAggregateVersion Long expectedVersion) {
    }

    /** Expires the offer once its every week has begun ({@code today} on the business calendar). */
    public record ExpireOffer(@TargetAggregateIdentifier String offerId, LocalDate today,
                              @TargetAggregateVersion Long expectedVersion) {
    }

    /**
     * Reserves {@code places} places in each of {@code weeks} for a need of établissement {@code uai};
     * {@code priorityEtablissement} is the établissement's standing when the reservation is made.
     */
    public record ReservePlaces(@TargetAggregateIdentifier String offerId, String placementId, String needId,
                                String uai, boolean priorityEtablissement, StageLevel level, int places,
                                List<String> weeks, LocalDate reservedOn,
                                @TargetAggregateVersion Long expectedVersion) {
    }

    /** A placement's commands name its offer, its consistency boundary: the version expected is the offer's. */
    public record ConfirmPlacement(@TargetAggregateIdentifier String offerId, String placementId,
                                   LocalDate confirmedOn, @TargetAggregateVersion Long expectedVersion) {
    }

    public record CancelPlacement(@TargetAggregateIdentifier String offerId, String placementId, String reason,
                                  LocalDate cancelledOn, @TargetAggregateVersion Long expectedVersion) {
    }
}
