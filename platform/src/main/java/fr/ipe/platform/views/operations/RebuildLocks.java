package fr.ipe.platform.views.operations;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import fr.ipe.platform.domain.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * One rebuild at a time per view, across instances: a lock document per view in {@code view_rebuild_locks}, refreshed
 * by its rebuild; one not refreshed for a minute (its instance died) is taken over.
 */
final class RebuildLocks {

    static final String COLLECTION = "view_rebuild_locks";
    private static final Duration STALE = Duration.ofMinutes(1);

    private final MongoCollection<Document> locks;

    RebuildLocks(MongoDatabase database) {
        this.locks = database.getCollection(COLLECTION);
    }

    /**
     * Locks every one of {@code views} for {@code rebuild}, or none.
     *
     * @throws RuleViolation 409 while one of them is being rebuilt
     */
    void lockAll(List<String> views, String rebuild) {
        List<String> locked = new ArrayList<>();
        try {
            for (String view : views) {
                lock(view, rebuild);
                locked.add(view);
            }
        } catch (RuntimeException e) {
            locked.forEach(view -> unlock(view, rebuild));
            throw e;
        }
    }

    private void lock(String view, String rebuild) {
        Document lock = new Document("_id", view).append("rebuild", rebuild).append("heartbeatAt", new Date());
        try {
            locks.insertOne(lock);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Date stale = Date.from(Instant.now().minus(STALE));
            if (locks.replaceOne(Filters.and(Filters.eq("_id", view), Filters.lt("heartbeatAt", stale)), lock)
                    .getMatchedCount() == 0) {
                throw RuleViolation.conflict("rebuild-in-progress", "the view " + view + " is being rebuilt");
            }
        }
    }

    void refresh(List<String> views, String rebuild) {
        for (String view : views) {
            locks.updateOne(Filters.and(Filters.eq("_id", view), Filters.eq("rebuild", rebuild)),
                    Updates.set("heartbeatAt", new Date()));
        }
    }

    /** Releases the locks {@code rebuild} holds (never another rebuild's). */
    void unlockAll(List<String> views, String rebuild) {
        views.forEach(view -> unlock(view, rebuild));
    }

    private void unlock(String view, String rebuild) {
        locks.deleteOne(Filters.and(Filters.eq("_id", view), Filters.eq("rebuild", rebuild)));
    }
}
