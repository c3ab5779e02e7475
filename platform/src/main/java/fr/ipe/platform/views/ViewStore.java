package fr.ipe.platform.views;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The collections of one view in one generation, handed explicitly to whatever reads or writes them: the live
 * projection writes the current generation, a rebuild or a snapshot its own, a query the one it was asked for. Nothing
 * is routed by thread: the store says which generation.
 */
public interface ViewStore {

    String view();

    int generation();

    /** The collection {@code name} of this view, in this generation. */
    MongoCollection<Document> collection(String name);

    /** The facts kept in collection {@code name}. */
    Facts facts(String name);

    /** The keyed totals kept in collection {@code name}. */
    TotalsReader totals(String name);
}
