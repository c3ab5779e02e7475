package fr.ipe.reporting.query;

import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.AvenantApplied;
import fr.ipe.contracts.convention.ConventionEnteredIntoForce;
import fr.ipe.contracts.convention.ConventionExpired;
import fr.ipe.contracts.convention.ConventionRenewalWithheld;
import fr.ipe.contracts.convention.ConventionRenewed;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.ConventionTerminated;
import fr.ipe.contracts.convention.FinalEvaluationFiled;
import fr.ipe.contracts.convention.SubsidyInstallmentPaid;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.SubsidyReclaimed;
import fr.ipe.contracts.convention.SubsidyReduced;
import fr.ipe.contracts.convention.Party;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.platform.mongo.SequencedFacts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * One fact document per convention in {@code conventions}, guarded by the aggregate sequence: its terms, status and
 * subsidy totals (notified, reduced, paid, reclaimed).
 */
@Component
public class ConventionsProjection {

    private final ReportingViews views;

    public ConventionsProjection(ReportingViews views) {
        this.views = views;
    }

    /** Applies a convention event; answers false for an event the view already reflects or does not follow. */
    public boolean project(ReceivedEvent event) {
        UnaryOperator<Document> evolve = evolution(event.payload());
        return evolve != null && apply(event, evolve);
    }

    private static UnaryOperator<Document> evolution(Object payload) {
        if (payload instanceof ConventionDrafted drafted) {
            return doc -> drafted(doc, drafted);
        }
        if (payload instanceof ConventionPartySigned signed) {
            return doc -> {
                List<Document> signatures = new ArrayList<>(doc.getList("signatures", Document.class, List.of()));
                signatures.add(new Document("party", signed.party().name()).append("signatory", signed.signatory())
                        .append("signedOn", signed.signedOn().toString()));
                return doc.append("signatures", signatures);
            };
        }
        if (payload instanceof ConventionSigned signed) {
            return doc -> doc.append("status", "SIGNED").append("signedOn", signed.signedOn().toString());
        }
        if (payload instanceof ConventionEnteredIntoForce e) {
            return doc -> doc.append("status", "IN_FORCE").append("inForceSince", e.on().toString());
        }
        if (payload instanceof FinalEvaluationFiled e) {
            return doc -> doc.append("status", "IN_FORCE".equals(doc.getString("status")) ? "EVALUATED"
                    : doc.getString("status")).append("evaluationFiledOn", e.filedOn().toString());
        }
        if (payload instanceof ConventionRenewalWithheld e) {
            return doc -> doc.append("status", "LAPSED").append("endedOn", e.anniversary().toString());
        }
        if (payload instanceof ConventionExpired e) {
            return doc -> doc.append("status", "EXPIRED").append("endedOn", e.on().toString());
        }
        if (payload instanceof ConventionTerminated e) {
            return doc -> doc.append("status", "TERMINATED").append("endedOn", e.on().toString());
        }
        if (payload instanceof ConventionRenewed e) {
            return doc -> doc.append("status", "EVALUATED".equals(doc.getString("status")) ? "IN_FORCE" : "SIGNED")
                    .append("endDate", e.endDate().toString()).append("endedOn", null)
                    .append("subsidyCeilingCents", doc.get("subsidyCeilingCents", 0L) + e.subsidyTotalCents());
        }
        if (payload instanceof AvenantApplied e) {
            return doc -> doc.append("endDate", e.terms().endDate().toString())
                    .append("subsidyCeilingCents", doc.get("subsidyCeilingCents", 0L)
                            - doc.get("subsidyTotalCents", 0L) + e.terms().subsidyTotalCents())
                    .append("subsidyTotalCents", e.terms().subsidyTotalCents())
                    .append("annualSubsidyCents", e.terms().annualSubsidyCents())
                    .append("avenantsApplied", e.number());
        }
        if (payload instanceof SubsidyNotified e) {
            return doc -> add(doc, "subsidyNotifiedCents", e.amountCents());
        }
        if (payload instanceof SubsidyReduced e) {
            return doc -> add(doc, "subsidyReducedCents", e.amountCents());
        }
        if (payload instanceof SubsidyInstallmentPaid e) {
            return doc -> add(doc, "subsidyPaidCents", e.amountCents());
        }
        if (payload instanceof SubsidyReclaimed e) {
            return doc -> add(doc, "subsidyReclaimedCents", e.amountCents());
        }
        return null;
    }

    private static Document add(Document doc, String field, long amountCents) {
        return doc.append(field, doc.get(field, 0L) + amountCents);
    }

    private boolean apply(ReceivedEvent event, UnaryOperator<Document> evolve) {
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
                .append("subsidyCeilingCents", e.subsidyTotalCents())
                .append("annualSubsidyCents", e.annualSubsidyCents())
                .append("status", doc.getString("status") == null ? "DRAFTED" : doc.getString("status"))
                .append("signatures", doc.getList("signatures", Document.class, List.of()));
    }

    private static Document party(Party party) {
        return new Document("role", party.role().name()).append("name", party.name())
                .append("identifier", party.identifier());
    }
}
