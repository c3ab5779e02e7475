package fr.ipe.reporting.stagebank;

import fr.ipe.contracts.stage.PlacementCancelled;
import fr.ipe.contracts.stage.PlacementConfirmed;
import fr.ipe.contracts.stage.PlacesReserved;
import fr.ipe.contracts.stage.StageNeedClosed;
import fr.ipe.contracts.stage.StageNeedStated;
import fr.ipe.contracts.stage.StageOfferExpired;
import fr.ipe.contracts.stage.StageOfferPublished;
import fr.ipe.contracts.stage.StageOfferWithdrawn;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.platform.views.Contribution;
import fr.ipe.platform.views.Facts;
import fr.ipe.platform.views.TypedProjection;
import fr.ipe.platform.views.ViewStore;
import fr.ipe.reporting.stagebank.StageBankCount.Need;
import fr.ipe.reporting.stagebank.StageBankCount.Offer;
import fr.ipe.reporting.stagebank.StageBankCount.Placement;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The stage bank's facts, counts only as the events carry them: one document per offer (its places by week and the
 * placements made on it) and one per need (its pupils and weeks, and the places reserved for it on any offer, fed by
 * the offers' events under their own sequence). Each fact's contribution ({@link StageBankCount}) keeps the figures of
 * its académie per period.
 */
@Component
public class StageBankProjection extends TypedProjection {

    public StageBankProjection() {
        on(StageOfferPublished.class, (e, event, store) -> offer(event, store, doc -> doc.append("kind", "offer")
                .append("academie", e.academie()).append("bassin", e.bassin())
                .append("placesPerWeek", e.placesPerWeek()).append("weeks", e.weeks()).append("status", "PUBLISHED")
                .append("placements", doc.get("placements", new Document()))));
        on(StageOfferWithdrawn.class, (e, event, store) -> offer(event, store, doc -> doc.append("status",
                "WITHDRAWN")));
        on(StageOfferExpired.class, (e, event, store) -> offer(event, store, doc -> doc.append("status", "EXPIRED")));
        on(PlacesReserved.class, this::reserved);
        on(PlacementConfirmed.class, (e, event, store) -> offer(event, store,
                doc -> placementStatus(doc, e.placementId(), "CONFIRMED")));
        on(PlacementCancelled.class, this::cancelled);
        on(StageNeedStated.class, (e, event, store) -> need(store).apply(e.needId(), event.sequence(),
                doc -> stamped(doc, event).append("kind", "need").append("academie", e.academie())
                        .append("uai", e.uai()).append("bassin", e.bassin()).append("level", e.level().name())
                        .append("pupils", e.pupils()).append("weeks", e.weeks()).append("status", "OPEN")));
        on(StageNeedClosed.class, (e, event, store) -> need(store).apply(event.subject(), event.sequence(),
                doc -> stamped(doc, event).append("status", "CLOSED")));
    }

    @Override
    public String view() {
        return StageBankView.VIEW;
    }

    @Override
    public Set<String> collections() {
        return Set.of(StageBankView.FACTS, StageBankView.TOTALS);
    }

    private boolean reserved(PlacesReserved e, ReceivedEvent event, ViewStore store) {
        boolean applied = offer(event, store, doc -> {
            Document placements = doc.get("placements", new Document());
            placements.append(e.placementId(), new Document("needId", e.needId()).append("uai", e.uai())
                    .append("priority", e.priorityEtablissement()).append("places", e.places())
                    .append("weeks", e.weeks()).append("status", "RESERVED"));
            return doc.append("placements", placements);
        });
        need(store).apply(e.needId(), event.subject(), event.sequence(),
                doc -> doc.append("placed", doc.get("placed", new Document()).append(e.placementId(), e.places())));
        return applied;
    }

    private boolean cancelled(PlacementCancelled e, ReceivedEvent event, ViewStore store) {
        boolean applied = offer(event, store, doc -> placementStatus(doc, e.placementId(), "CANCELLED"));
        need(store).apply(e.needId(), event.subject(), event.sequence(), doc -> {
            Document placed = doc.get("placed", new Document());
            placed.remove(e.placementId());
            return doc.append("placed", placed);
        });
        return applied;
    }

    private boolean offer(ReceivedEvent event, ViewStore store, UnaryOperator<Document> evolve) {
        return store.facts(StageBankView.FACTS).contributingTo(StageBankView.TOTALS, StageBankProjection::contribution)
                .apply(event.subject(), event.sequence(), doc -> stamped(evolve.apply(doc), event));
    }

    private static Facts need(ViewStore store) {
        return store.facts(StageBankView.FACTS).contributingTo(StageBankView.TOTALS,
                StageBankProjection::contribution);
    }

    private static Document stamped(Document doc, ReceivedEvent event) {
        return doc.append("updatedAt", Date.from(event.time().toInstant()));
    }

    private static Document placementStatus(Document doc, String placementId, String status) {
        Document placements = doc.get("placements", new Document());
        Document placement = placements.get(placementId, Document.class);
        if (placement != null) {
            placement.append("status", status);
        }
        return doc.append("placements", placements);
    }

    /** What a fact adds to its académie's figures: an offer and its placements, or a need (once stated). */
    static Contribution contribution(Document fact) {
        if ("offer".equals(fact.getString("kind"))) {
            List<Placement> placements = new ArrayList<>();
            for (Object value : fact.get("placements", new Document()).values()) {
                Document placement = (Document) value;
                placements.add(new Placement(placement.getString("needId"), placement.getInteger("places", 0),
                        placement.getList("weeks", String.class), placement.getBoolean("priority", false),
                        "CANCELLED".equals(placement.getString("status"))));
            }
            return StageBankCount.ofOffer(new Offer(fact.getString("academie"), fact.getInteger("placesPerWeek", 0),
                    fact.getList("weeks", String.class), "WITHDRAWN".equals(fact.getString("status")), placements));
        }
        if ("need".equals(fact.getString("kind"))) {
            long placed = fact.get("placed", new Document()).values().stream()
                    .mapToLong(places -> ((Number) places).longValue()).sum();
            return StageBankCount.ofNeed(new Need(fact.getString("academie"), fact.getInteger("pupils", 0),
                    fact.getList("weeks", String.class), "OPEN".equals(fact.getString("status")), placed));
        }
        return Contribution.none();
    }
}
