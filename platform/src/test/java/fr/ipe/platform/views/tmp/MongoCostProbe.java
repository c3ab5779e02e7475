package fr.ipe.platform.views.tmp;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoCostProbe {
    @Test
    void probe() throws Exception {
        MongoServer server = new MongoServer(new H2Backend(Files.createTempDirectory("p").resolve("d.mv").toString()));
        MongoClient client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort());
        MongoCollection<Document> c = client.getDatabase("p").getCollection("c");
        int batch = 5000;
        for (int round = 0; round < 10; round++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < batch; i++) ids.add("id-" + (round * batch + i));
            long t0 = System.nanoTime();
            int found = 0;
            for (Document d : c.find(Filters.in("_id", ids))) found++;
            long t1 = System.nanoTime();
            List<WriteModel<Document>> w = new ArrayList<>();
            for (String id : ids) w.add(new ReplaceOneModel<>(Filters.eq("_id", id), new Document("_id", id).append("title", "Convention 2007-2011").append("kind", "NATIONAL").append("signatures", List.of(new Document("party", "MINISTRY"), new Document("party", "ASSOCIATION"))), new ReplaceOptions().upsert(true)));
            if (round % 2 == 0) {
                c.bulkWrite(w, new com.mongodb.client.model.BulkWriteOptions().ordered(false));
            } else {
                List<Document> docs = new ArrayList<>();
                for (String id : ids) docs.add(new Document("_id", id).append("title", "Convention 2007-2011").append("kind", "NATIONAL").append("signatures", List.of(new Document("party", "MINISTRY"), new Document("party", "ASSOCIATION"))));
                c.insertMany(docs, new com.mongodb.client.model.InsertManyOptions().ordered(false));
            }
            long t2 = System.nanoTime();
            long t3 = System.nanoTime();
            for (String id : ids.subList(0, 500)) c.find(Filters.eq("_id", id)).first();
            long t4 = System.nanoTime();
            System.out.printf("round %d (%d docs): $in %d ms (found %d), %s %d ms, 500 single finds %d ms%n", round, c.countDocuments(), (t1-t0)/1000000, found, round % 2 == 0 ? "upsert" : "insertMany", (t2-t1)/1000000, (t4-t3)/1000000);
        }
        client.close(); server.shutdown();
    }
}
