package fr.ipe.stagebank.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.stage.PlacementCancelled;
import fr.ipe.contracts.stage.PlacementConfirmed;
import fr.ipe.contracts.stage.PlacesReserved;
import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.contracts.stage.StageOfferExpired;
import fr.ipe.contracts.stage.StageOfferPublished;
import fr.ipe.contracts.stage.StageOfferWithdrawn;
import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.stagebank.domain.OfferCommands.CancelPlacement;
import fr.ipe.stagebank.domain.OfferCommands.ConfirmPlacement;
import fr.ipe.stagebank.domain.OfferCommands.ExpireOffer;
import fr.ipe.stagebank.domain.OfferCommands.PublishOffer;
import fr.ipe.stagebank.domain.OfferCommands.ReservePlaces;
import fr.ipe.stagebank.domain.OfferCommands.WithdrawOffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A company's stage offer, and the placements made on it: the offer is the consistency boundary of its places, so
 * two reservations can never take the same place (each is decided against the offer's own state, and a concurrent
 * append to its event stream is refused by the event store). Places live in {@link WeeklyPlaces}.
 */
@Aggregate
public class StageOffer {

    /** Where an offer stands; a placement may still be confirmed or cancelled on an offer no longer proposed. */
    public enum Status { PUBLISHED, WITHDRAWN, EXPIRED }

    private record Placement(int places, SortedSet<StageWeek> weeks, String needId, boolean confirmed) {
    }

    @AggregateIdentifier
    private String offerId;
    private String academie;
    private List<StageLevel> levels;
    private Status status;
    private WeeklyPlaces places;
    private final Map<String, Placement> placements = new HashMap<>();

    protected StageOffer() {
        // for Axon
    }

    @CommandHandler
    public StageOffer(PublishOffer command) {
        OfferRules.check(command);
        apply(new StageOfferPublished(command.offerId(), command.academie(), command.bassin().strip(),
                command.companySiret(), command.companyName().strip(), command.sector().strip(),
                command.trade().strip(), List.copyOf(command.levels().stream().distinct().sorted().toList()),
                command.placesPerWeek(), Weeks.written(Weeks.parse("weeks", command.weeks())),
                command.conditions() == null ? null : command.conditions().strip(), command.enteredBy(),
                command.publishedOn()));
    }

    @CommandHandler
    public long handle(WithdrawOffer command) {
        requirePublished();
        apply(new StageOfferWithdrawn(offerId, academie, command.withdrawnOn(), command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ExpireOffer command) {
        requirePublished();
        StageWeek last = places.reserved().lastKey();
        if (command.today().isBefore(last.monday())) {
            throw RuleViolation.conflict("offer-not-over", "the offer's last week " + last + " begins on "
                    + last.monday());
        }
        apply(new StageOfferExpired(offerId, academie, command.today()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Never more than the free places of every week asked (409 {@code not-enough-places} otherwise), and only in weeks
     * that have not begun (422 {@code week-past}).
     */
    @CommandHandler
    public long handle(ReservePlaces command) {
        requirePublished();
        if (!levels.contains(command.level())) {
            throw RuleViolation.unprocessable("level-not-offered", "needId", "the offer is for " + levels
                    + ", not " + command.level());
        }
        if (command.places() < 1) {
            throw RuleViolation.unprocessable("places", "places", "a reservation takes at least one place");
        }
        SortedSet<StageWeek> weeks = Weeks.parse("weeks", command.weeks());
        Weeks.requireAhead("weeks", weeks, command.reservedOn());
        places.requireFree(command.places(), weeks);
        if (placements.containsKey(command.placementId())) {
            throw RuleViolation.conflict("placement-exists", "placement " + command.placementId() + " exists");
        }
        apply(new PlacesReserved(offerId, command.placementId(), command.needId(), academie, command.uai(),
                command.priorityEtablissement(), command.level(), command.places(), Weeks.written(weeks),
                command.reservedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ConfirmPlacement command) {
        Placement placement = placement(command.placementId());
        if (placement.confirmed()) {
            throw RuleViolation.conflict("placement-confirmed", "the placement is already confirmed");
        }
        apply(new PlacementConfirmed(offerId, command.placementId(), placement.needId(), academie,
                command.confirmedOn()));
        return AggregateLifecycle.getVersion();
    }

    /** The placement's places return to the offer, week by week. */
    @CommandHandler
    public long handle(CancelPlacement command) {
        Placement placement = placement(command.placementId());
        apply(new PlacementCancelled(offerId, command.placementId(), placement.needId(), academie, placement.places(),
                Weeks.written(placement.weeks()), command.cancelledOn(), command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    private Placement placement(String placementId) {
        Placement placement = placements.get(placementId);
        if (placement == null) {
            throw RuleViolation.conflict("no-such-placement", "no placement " + placementId + " on offer " + offerId
                    + " (or it was cancelled)");
        }
        return placement;
    }

    private void requirePublished() {
        if (status != Status.PUBLISHED) {
            throw RuleViolation.conflict("offer-not-published", "the offer is " + status);
        }
    }

    @EventSourcingHandler
    void on(StageOfferPublished event) {
        offerId = event.offerId();
        academie = event.academie();
        levels = event.levels();
        status = Status.PUBLISHED;
        places = WeeklyPlaces.of(event.placesPerWeek(), Weeks.parse("weeks", event.weeks()));
    }

    @EventSourcingHandler
    void on(StageOfferWithdrawn event) {
        status = Status.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(StageOfferExpired event) {
        status = Status.EXPIRED;
    }

    @EventSourcingHandler
    void on(PlacesReserved event) {
        SortedSet<StageWeek> weeks = Weeks.parse("weeks", event.weeks());
        places = places.take(event.places(), weeks);
        placements.put(event.placementId(), new Placement(event.places(), weeks, event.needId(), false));
    }

    @EventSourcingHandler
    void on(PlacementConfirmed event) {
        placements.computeIfPresent(event.placementId(),
                (id, p) -> new Placement(p.places(), p.weeks(), p.needId(), true));
    }

    @EventSourcingHandler
    void on(PlacementCancelled event) {
        Placement placement = placements.remove(event.placementId());
        places = places.giveBack(placement.places(), placement.weeks());
    }
}
