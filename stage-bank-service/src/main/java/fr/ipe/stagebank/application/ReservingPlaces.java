package fr.ipe.stagebank.application;

import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.platform.web.ResourceNotFoundException;
import fr.ipe.stagebank.domain.OfferCommands.CancelPlacement;
import fr.ipe.stagebank.domain.OfferCommands.ConfirmPlacement;
import fr.ipe.stagebank.domain.OfferCommands.ReservePlaces;
import fr.ipe.stagebank.domain.PupilsToPlace;
import fr.ipe.stagebank.query.NeedView;
import fr.ipe.stagebank.query.NeedViews;
import fr.ipe.stagebank.query.OfferView;
import fr.ipe.stagebank.query.OfferViews;
import fr.ipe.stagebank.query.PlacementView;
import fr.ipe.stagebank.query.PlacementViews;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places of an offer reserved for a need, then confirmed or cancelled. A reservation takes two aggregates' rules: the
 * offer's (its free places, week by week: {@code StageOffer}) and the need's (open, its weeks, its pupils still unmet:
 * {@link PupilsToPlace}). The need's side is decided here, in the reservation's own transaction, on the need's row of
 * the {@link NeedLedger}, locked before the offer's command, which the reservation's events update in the same
 * transaction: so reservations for one need on several offers at once never place more pupils than it has.
 */
@Component
public class ReservingPlaces {

    private final ExistingAggregates<OfferView> offers;
    private final ExistingAggregates<PlacementView> placements;
    private final NeedViews needs;
    private final NeedLedger ledger;
    private final StageBankAccess access;
    private final TransactionTemplate transactions;
    private final BusinessClock clock;

    public ReservingPlaces(CommandGateway commands, OfferViews offerViews, PlacementViews placementViews,
                           NeedViews needs, NeedLedger ledger, StageBankAccess access,
                           TransactionTemplate transactions, BusinessClock clock) {
        this.offers = new ExistingAggregates<>("offer", commands, offerViews::find);
        this.placements = new ExistingAggregates<>("placement", commands, placementViews::find);
        this.needs = needs;
        this.ledger = ledger;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Reserves {@code places} places of the offer in each of {@code weeks} for the need; answers the placement. */
    public PlacementView reserve(String offerId, Long expectedVersion, String needId, int places, List<String> weeks) {
        String placementId = UUID.randomUUID().toString();
        transactions.executeWithoutResult(transaction -> offers.send(offerId, expectedVersion,
                offer -> access.requireManage(offer.academie()),
                (offer, version) -> reservation(offer, placementId, needId, places, weeks, version)));
        return placements.found(placementId);
    }

    public PlacementView visible(String placementId) {
        return placements.visible(placementId, placement -> access.requireRead(placement.academie()));
    }

    public PlacementView confirm(String placementId, Long expectedVersion) {
        return placements.send(placementId, expectedVersion, placement -> access.requireManage(placement.academie()),
                (placement, version) -> new ConfirmPlacement(placement.offerId(), placementId, clock.today(),
                        version));
    }

    /** The placement's places return to its offer, and its pupils to its need. */
    public PlacementView cancel(String placementId, Long expectedVersion, String reason) {
        return transactions.execute(transaction -> placements.send(placementId, expectedVersion,
                placement -> access.requireManage(placement.academie()),
                (placement, version) -> cancellation(placement, reason, version)));
    }

    /**
     * The command reserving the places, once the need's side allows it: the need, of the offer's académie (another
     * académie's need is one the caller cannot see, answered as a need that does not exist), takes that many more
     * pupils in those weeks. Its ledger row stays locked until the reservation commits.
     */
    private ReservePlaces reservation(OfferView offer, String placementId, String needId, int places,
                                      List<String> weeks, Long version) {
        PupilsToPlace need = ledger.lock(needId).filter(found -> found.academie().equals(offer.academie()))
                .orElseThrow(() -> new ResourceNotFoundException("need", needId));
        need.requireRoomFor(places, weeks);
        NeedView stated = needs.find(needId).orElseThrow(() -> new ResourceNotFoundException("need", needId));
        return new ReservePlaces(offer.offerId(), placementId, needId, stated.uai(), stated.priorityEtablissement(),
                stated.level(), places, weeks, clock.today(), version);
    }

    /** The need's ledger row first, as a reservation takes it, then the offer's command. */
    private CancelPlacement cancellation(PlacementView placement, String reason, Long version) {
        ledger.lock(placement.needId());
        return new CancelPlacement(placement.offerId(), placement.placementId(), reason, clock.today(), version);
    }
}
