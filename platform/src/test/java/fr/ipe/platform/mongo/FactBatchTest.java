package fr.ipe.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch applies facts with the same sequence guard as the direct path and writes each changed fact once. */
class FactBatchTest {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> facts;

    @TempDir
    Path data;

    @BeforeEach
    void start() {
        server = new MongoServer(new H2Backend(data.resolve("facts.mv").toString()));
        client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort());
        facts = client.getDatabase("test").getCollection("facts");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void theSameEventsGiveTheSameFactsInABatchAsOneByOne() {
        List<Long> sequences = List.of(0L, 1L, 1L, 0L, 2L);
        for (long sequence : sequences) {
            SequencedFacts.apply(facts, "direct", sequence, doc -> doc.append("seen", add(doc, sequence)));
        }
        FactBatch batch = new FactBatch();
        List<Boolean> applied = new ArrayList<>();
        batch.bound(() -> {
            for (long sequence : sequences.subList(0, 3)) {
                applied.add(SequencedFacts.apply(facts, "batched", sequence, doc -> doc.append("seen", add(doc, sequence))));
            }
            return null;
        });
        assertThat(facts.find(Filters.eq("_id", "batched")).first()).as("nothing written before the flush").isNull();
        batch.flush();
        // after a flush the fact is read back from the collection, and the guard still holds
        batch.bound(() -> {
            for (long sequence : sequences.subList(3, 5)) {
                applied.add(SequencedFacts.apply(facts, "batched", sequence, doc -> doc.append("seen", add(doc, sequence))));
            }
            return null;
        });
        batch.flush();
        assertThat(applied).containsExactly(true, true, false, false, true);
        Document direct = facts.find(Filters.eq("_id", "direct")).first();
        Document batched = facts.find(Filters.eq("_id", "batched")).first();
        assertThat(batched.get("seen")).isEqualTo(direct.get("seen")).isEqualTo(List.of(0L, 1L, 2L));
        assertThat(batched.get(SequencedFacts.SEQUENCE)).isEqualTo(2L);
    }

    private static List<Long> add(Document doc, long sequence) {
        List<Long> seen = new ArrayList<>(doc.getList("seen", Long.class, List.of()));
        seen.add(sequence);
        return seen;
    }
}
