package fr.ipe.platform.views;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * Compare-and-set writes name a document by its id and the revision it had ({@link #guard}), and the indexes that
 * answer them ({@code {_id, _revision}}, {@code {_id, _pending.r}}, {@code {_id, _v}}). MongoDB answers those from
 * the id's index alone; the in-process engine of the local run and the tests (mongo-java-server) uses an index only
 * when the filter is one flat document whose fields are exactly the index's (no {@code $and}, no operator), and
 * otherwise reads the whole collection: the live projection fell from 159 to 60 events a second between 5 000 and
 * 20 000 facts (profiled). Unique because the id is; one more index each on MongoDB.
 */
final class GuardIndexes {

    private static final Set<String> ENSURED = ConcurrentHashMap.newKeySet();

    private GuardIndexes() {
    }

    /**
     * The filter of document {@code id} of {@code collection} while its {@code field} is {@code value}: flat, so that
     * the index on {@code {_id, field}}, made on its first use by this process, answers it. Only the guards a
     * collection is written by are indexed: each index is one more to move at every write on the local engine.
     */
    static Document guard(MongoCollection<Document> collection, Object id, String field, Object value) {
        if (ENSURED.add(collection.getNamespace().getFullName() + " " + field)) {
            collection.createIndex(Indexes.ascending("_id", field), new IndexOptions().unique(true)
                    .name("_id_" + field.replace('.', '_')));
        }
        return new Document("_id", id).append(field, value);
    }
}
