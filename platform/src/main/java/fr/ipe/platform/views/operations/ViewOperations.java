package fr.ipe.platform.views.operations;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import fr.ipe.platform.views.operations.RebuildProgress.Kind;
import fr.ipe.platform.views.operations.RebuildProgress.State;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * The rebuilds and snapshots, stored in {@code view_operations} rather than held by the instance running them, so any
 * instance answers for them and they outlive a restart. The running instance writes its progress every second; one
 * whose instance stopped writing for {@link #ABANDONED} (it died) reads as FAILED, and {@link #abandoned} hands it to
 * whoever cleans up after it. Ops cancel one by marking it; its runner sees the mark.
 */
public final class ViewOperations {

    public static final String COLLECTION = "view_operations";
    static final Duration ABANDONED = Duration.ofMinutes(1);

    private final MongoCollection<Document> operations;

    public ViewOperations(MongoDatabase database) {
        this.operations = database.getCollection(COLLECTION);
    }

    /** Stores a new operation. */
    void create(RebuildProgress progress) {
        operations.insertOne(write(progress).append("heartbeatAt", new Date()));
    }

    /** Stores where {@code progress} stands, from its running instance (nothing once ops deleted it). */
    void save(RebuildProgress progress) {
        Document fields = write(progress).append("heartbeatAt", new Date());
        fields.remove("_id");
        // $set, not a replace: a cancel mark ops set meanwhile stays
        operations.updateOne(Filters.eq("_id", progress.id()), new Document("$set", fields));
    }

    public Optional<RebuildProgress> find(String id, Kind kind) {
        return Optional.ofNullable(operations.find(Filters.and(Filters.eq("_id", id), Filters.eq("kind", kind.name())))
                .first()).map(ViewOperations::read);
    }

    /** Every operation of {@code kind}, the newest first. */
    public List<RebuildProgress> all(Kind kind) {
        return operations.find(Filters.eq("kind", kind.name())).sort(Sorts.descending("startedAt"))
                .map(ViewOperations::read).into(new ArrayList<>());
    }

    /** Asks the runner of {@code id} to stop; answers whether it was still running. */
    boolean requestCancel(String id) {
        return operations.updateOne(Filters.and(Filters.eq("_id", id), Filters.in("state", "RUNNING", "SWITCHING")),
                Updates.set("cancelRequested", true)).getModifiedCount() == 1;
    }

    boolean cancelRequested(String id) {
        Document doc = operations.find(Filters.eq("_id", id)).first();
        // deleted (a dropped snapshot): stop as well
        return doc == null || doc.getBoolean("cancelRequested", false);
    }

    void delete(String id) {
        operations.deleteOne(Filters.eq("_id", id));
    }

    /**
     * Hands each operation whose instance stopped writing it (still RUNNING or SWITCHING, no heartbeat for a minute) to
     * {@code cleanUp}, once: it is marked FAILED first, so two instances never clean up the same one.
     */
    void abandoned(Instant now, Consumer<RebuildProgress> cleanUp) {
        Date stale = Date.from(now.minus(ABANDONED));
        for (Document doc : operations.find(Filters.and(Filters.in("state", "RUNNING", "SWITCHING"),
                Filters.lt("heartbeatAt", stale))).into(new ArrayList<>())) {
            if (operations.updateOne(Filters.and(Filters.eq("_id", doc.get("_id")), Filters.eq("state", doc.get("state")),
                            Filters.lt("heartbeatAt", stale)),
                    Updates.combine(Updates.set("state", State.FAILED.name()), Updates.set("finishedAt", new Date()),
                            Updates.set("error", "its instance stopped before it ended")))
                    .getModifiedCount() == 1) {
                cleanUp.accept(read(operations.find(Filters.eq("_id", doc.get("_id"))).first()));
            }
        }
    }

    private static Document write(RebuildProgress p) {
        return new Document("_id", p.id()).append("kind", p.kind().name()).append("views", p.views())
                .append("state", p.state().name()).append("eventsRead", p.eventsRead())
                .append("eventsApplied", p.eventsApplied()).append("eventsSkipped", p.eventsSkipped())
                .append("eventsPerSecond", p.eventsPerSecond()).append("lag", p.lag())
                .append("secondsLeft", p.secondsLeft()).append("generations", new Document(p.generations()))
                .append("previousGenerations", new Document(p.previousGenerations()))
                .append("keepPrevious", p.keepPrevious()).append("startedAt", date(p.startedAt()))
                .append("switchedAt", date(p.switchedAt())).append("finishedAt", date(p.finishedAt()))
                .append("error", p.error()).append("asOf", date(p.asOf()))
                .append("position", p.position() == null ? null : new Document(positions(p.position())));
    }

    /** Partition names hold dots (ipe.actions.v1-0): stored as a list of pairs. */
    private static Map<String, Object> positions(Map<String, Long> position) {
        Map<String, Object> encoded = new LinkedHashMap<>();
        position.forEach((partition, offset) -> encoded.put(partition.replace('.', '|'), offset));
        return encoded;
    }

    static RebuildProgress read(Document doc) {
        State state = State.valueOf(doc.getString("state"));
        String error = doc.getString("error");
        Date heartbeat = doc.getDate("heartbeatAt");
        if (!state.isOver() && heartbeat != null && heartbeat.toInstant().isBefore(Instant.now().minus(ABANDONED))) {
            state = State.FAILED;
            error = "its instance stopped before it ended";
        }
        Map<String, Long> position = null;
        Document stored = doc.get("position", Document.class);
        if (stored != null) {
            position = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : stored.entrySet()) {
                position.put(entry.getKey().replace('|', '.'), ((Number) entry.getValue()).longValue());
            }
        }
        Number secondsLeft = doc.get("secondsLeft", Number.class);
        return new RebuildProgress(doc.getString("_id"), Kind.valueOf(doc.getString("kind")),
                doc.getList("views", String.class), state, number(doc, "eventsRead"), number(doc, "eventsApplied"),
                number(doc, "eventsSkipped"), doc.get("eventsPerSecond", Number.class).doubleValue(),
                number(doc, "lag"), state.isOver() ? Long.valueOf(0) : secondsLeft == null ? null
                : secondsLeft.longValue(), generations(doc, "generations"), generations(doc, "previousGenerations"),
                doc.getBoolean("keepPrevious", false), instant(doc.getDate("startedAt")),
                instant(doc.getDate("switchedAt")), instant(doc.getDate("finishedAt")), error,
                instant(doc.getDate("asOf")), position);
    }

    private static Map<String, Integer> generations(Document doc, String field) {
        Map<String, Integer> generations = new LinkedHashMap<>();
        doc.get(field, new Document()).forEach((view, g) -> generations.put(view, ((Number) g).intValue()));
        return generations;
    }

    private static long number(Document doc, String field) {
        Number n = doc.get(field, Number.class);
        return n == null ? 0 : n.longValue();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
