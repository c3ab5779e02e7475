package fr.ipe.platform.views;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * Indexes on a view collection for its compare-and-set writes, which name a document by its id and the revision it
 * had ({@code {_id, _revision}}, {@code {_id, _pending.r}}, {@code {_id, _v}}). MongoDB answers those from the id's
 * index alone; the in-process engine of the local run and the tests (mongo-java-server) uses an index only when the
 * query's fields are exactly the index's, and otherwise reads the whole collection: with 200 000 facts the live
 * projection fell to 131 events a second (profiled). Unique because the id is; one more index each on MongoDB.
 */
final class GuardIndexes {

    private static final List<String> GUARDS = List.of(FactDocuments.REVISION, FactDocuments.PENDING + ".r",
            TotalsJournal.BUCKET_REVISION);
    private static final Set<String> ENSURED = ConcurrentHashMap.newKeySet();

    private GuardIndexes() {
    }

    /** {@code collection}, with its guard indexes made on its first use by this process. */
    static MongoCollection<Document> on(MongoCollection<Document> collection) {
        if (ENSURED.add(collection.getNamespace().getFullName())) {
            for (String guard : GUARDS) {
                collection.createIndex(Indexes.ascending("_id", guard), new IndexOptions().unique(true)
                        .name("_id_" + guard.replace('.', '_')));
            }
        }
        return collection;
    }
}
