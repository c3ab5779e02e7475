package fr.ipe.reporting.query;

import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.Party;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.platform.mongo.SequencedFacts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** One fact document per convention in {@code conventions}, guarded by the aggregate sequence. */
@Component
public class ConventionsProjection {

    private final ReportingViews views;

    public ConventionsProjection(ReportingViews views) {
        this.views = views;
    }

    /** Applies a convention event; answers false for an event the view already reflects or does not follow. */
    public boolean project(ReceivedEvent event) {
        if (event.payload() instanceof ConventionDrafted drafted) {
            return apply(event, doc -> drafted(doc, drafted));
        }
        if (event.payload() instanceof ConventionPartySigned signed) {
            return apply(event, doc -> {
                List<Document> signatures = new ArrayList<>(doc.getList("signatures", Document.class, List.of()));
                signatures.add(new Document("party", signed.party().name()).append("signatory", signed.signatory())
                        .append("signedOn", signed.signedOn().toString()));
                return doc.append("signatures", signatures);
            });
        }
        if (event.payload() instanceof ConventionSigned signed) {
            return apply(event, doc -> doc.append("status", "SIGNED").append("signedOn", signed.signedOn().toString()));
        }
        return false;
    }

    private boolean apply(ReceivedEvent event, java.util.function.UnaryOperator<Document> evolve) {
        return SequencedFacts.apply(views.conventions(), event.subject(), event.sequence(),
                doc -> evolve.apply(doc).append("updatedAt", Date.from(event.time().toInstant())));
    }

    private static Document drafted(Document doc, ConventionDrafted e) {
        List<Document> parties = e.parties().stream().map(ConventionsProjection::party).toList();
        return doc.append("kind", e.kind().name())
                .append("title", e.title())
                .append("academie", e.academie())
                .append("parties", parties)
                .append("startDate", e.startDate().toString())
                .append("durationYears", e.durationYears())
                .append("endDate", e.endDate().toString())
                .append("subsidyTotalCents", e.subsidyTotalCents())
                .append("annualSubsidyCents", e.annualSubsidyCents())
                .append("status", doc.getString("status") == null ? "DRAFTED" : doc.getString("status"))
                .append("signatures", doc.getList("signatures", Document.class, List.of()));
    }

    private static Document party(Party party) {
        return new Document("role", party.role().name()).append("name", party.name())
                .append("identifier", party.identifier());
    }
}
