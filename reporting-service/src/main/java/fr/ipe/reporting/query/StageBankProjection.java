package fr.ipe.reporting.query;

import java.util.concurrent.atomic.AtomicReference;
import java.util.Set;
import java.util.LinkedHashSet;
import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.reporting.live.LiveViews;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import fr.ipe.contracts.stage.PlacementCancelled;
import fr.ipe.contracts.stage.PlacementConfirmed;
import fr.ipe.contracts.stage.PlacesReserved;
import fr.ipe.contracts.stage.StageBankEvent;
import fr.ipe.contracts.stage.StageNeedClosed;
import fr.ipe.contracts.stage.StageNeedStated;
import fr.ipe.contracts.stage.StageOfferExpired;
import fr.ipe.contracts.stage.StageOfferPublished;
import fr.ipe.contracts.stage.StageOfferWithdrawn;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.platform.mongo.SequencedFacts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The stage bank's facts in {@code stage_bank}: one document per offer (its places by week and the placements made on
 * it) and one per need (its pupils and weeks), guarded by the aggregate sequence so duplicates and replays never count
 * twice. Counts only, as the events carry them. {@link StageBankFigures} computes the figures from them.
 */
@Component
public class StageBankProjection implements ReportProjection {

    static final String COLLECTION = "stage_bank";
    static final String VIEW = "stage-bank";

    private final MongoDatabase database;
    private final LiveViews live;

    public StageBankProjection(MongoDatabase database, LiveViews live) {
        this.database = database;
        this.live = live;
    }

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public Set<String> collections() {
        return Set.of(COLLECTION);
    }

    @Override
    public void prepare() {
        facts().createIndex(Indexes.ascending("academie", "kind"));
    }

    @Override
    public boolean project(ReceivedEvent event) {
        if (!(event.payload() instanceof StageBankEvent stage) || !follows(stage)) {
            return false;
        }
        AtomicReference<Document> after = new AtomicReference<>();
        boolean applied = SequencedFacts.apply(facts(), event.subject(), event.sequence(), doc -> {
            Document next = evolve(doc, stage).append("updatedAt", Date.from(event.time().toInstant()));
            after.set(next);
            return next;
        });
        if (applied) {
            liveViewsOf(after.get()).forEach(live::changed);
        }
        return applied;
    }

    /** The facts of an académie's offers and needs. */
    public List<Document> of(String academie) {
        return facts().find(Filters.eq("academie", academie)).into(new ArrayList<>());
    }

    /** The live view of an académie's figures for a period (its Server-Sent Events stream). */
    public static String liveView(String academie, ReportingPeriod period) {
        return VIEW + "/" + academie + "/" + period.label();
    }

    /** The live views a changed fact touches: its académie's, for the civil and school years of its weeks' Mondays. */
    private static Set<String> liveViewsOf(Document fact) {
        Set<String> views = new LinkedHashSet<>();
        String academie = fact.getString("academie");
        for (String week : fact.getList("weeks", String.class, List.of())) {
            for (ReportingPeriod period : ReportingPeriod.containing(StageWeek.parse(week).monday())) {
                views.add(liveView(academie, period));
            }
        }
        return views;
    }

    private MongoCollection<Document> facts() {
        return database.getCollection(COLLECTION);
    }

    private static boolean follows(StageBankEvent event) {
        return event instanceof StageOfferPublished || event instanceof StageOfferWithdrawn
                || event instanceof StageOfferExpired || event instanceof PlacesReserved
                || event instanceof PlacementConfirmed || event instanceof PlacementCancelled
                || event instanceof StageNeedStated || event instanceof StageNeedClosed;
    }

    /** The fact after {@code event}. */
    public static Document evolve(Document doc, StageBankEvent event) {
        if (event instanceof StageOfferPublished e) {
            return doc.append("kind", "offer").append("academie", e.academie()).append("bassin", e.bassin())
                    .append("placesPerWeek", e.placesPerWeek()).append("weeks", e.weeks()).append("status", "PUBLISHED")
                    .append("placements", doc.get("placements", new Document()));
        }
        if (event instanceof StageOfferWithdrawn) {
            return doc.append("status", "WITHDRAWN");
        }
        if (event instanceof StageOfferExpired) {
            return doc.append("status", "EXPIRED");
        }
        if (event instanceof PlacesReserved e) {
            Document placements = doc.get("placements", new Document());
            placements.append(e.placementId(), new Document("needId", e.needId()).append("uai", e.uai())
                    .append("priority", e.priorityEtablissement()).append("places", e.places())
                    .append("weeks", e.weeks()).append("status", "RESERVED"));
            return doc.append("placements", placements);
        }
        if (event instanceof PlacementConfirmed e) {
            return placementStatus(doc, e.placementId(), "CONFIRMED");
        }
        if (event instanceof PlacementCancelled e) {
            return placementStatus(doc, e.placementId(), "CANCELLED");
        }
        if (event instanceof StageNeedStated e) {
            return doc.append("kind", "need").append("academie", e.academie()).append("uai", e.uai())
                    .append("bassin", e.bassin()).append("level", e.level().name()).append("pupils", e.pupils())
                    .append("weeks", e.weeks()).append("status", "OPEN");
        }
        if (event instanceof StageNeedClosed) {
            return doc.append("status", "CLOSED");
        }
        return doc;
    }

    private static Document placementStatus(Document doc, String placementId, String status) {
        Document placements = doc.get("placements", new Document());
        Document placement = placements.get(placementId, Document.class);
        if (placement != null) {
            placement.append("status", status);
        }
        return doc.append("placements", placements);
    }
}
