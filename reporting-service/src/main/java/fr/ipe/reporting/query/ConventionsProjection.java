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
import fr.ipe.contracts.convention.SubsidyPaid;
import fr.ipe.contracts.convention.ConventionEvent;
import fr.ipe.contracts.convention.ConventionLifecycle;
import fr.ipe.contracts.convention.ConventionStatus;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.SubsidyReclaimed;
import fr.ipe.contracts.convention.SubsidyReduced;
import fr.ipe.contracts.convention.Party;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.platform.mongo.SequencedFacts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * One fact document per convention in {@code conventions}, guarded by the aggregate sequence: its terms, status and
 * subsidy totals (notified, reduced, paid, reclaimed). The status follows {@link ConventionLifecycle}, the one status
 * machine every consumer of the conventions' events shares.
 */
@Component
public class ConventionsProjection implements ReportProjection {

    private final ReportingViews views;

    public ConventionsProjection(ReportingViews views) {
        this.views = views;
    }

    @Override
    public String view() {
        return "conventions";
    }

    @Override
    public Set<String> collections() {
        return Set.of(ReportingViews.CONVENTIONS);
    }

    /** Applies a convention event; answers false for an event the view already reflects or does not follow. */
    @Override
    public boolean project(ReceivedEvent event) {
        if (!(event.payload() instanceof ConventionEvent convention)) {
            return false;
        }
        return SequencedFacts.apply(views.conventions(), event.subject(), event.sequence(),
                doc -> evolve(doc, convention).append("updatedAt", Date.from(event.time().toInstant())));
    }

    /** The fact after {@code event}: its status by {@link ConventionLifecycle}, the figures the event changes. */
    public static Document evolve(Document doc, ConventionEvent event) {
        Document next = figures(doc, event);
        ConventionStatus current = doc.getString("status") == null ? null
                : ConventionStatus.valueOf(doc.getString("status"));
        ConventionStatus status = ConventionLifecycle.after(current, event);
        return next.append("status", status == null ? null : status.name());
    }

    private static Document figures(Document doc, ConventionEvent payload) {
        if (payload instanceof ConventionDrafted drafted) {
            return drafted(doc, drafted);
        }
        if (payload instanceof ConventionPartySigned signed) {
            List<Document> signatures = new ArrayList<>(doc.getList("signatures", Document.class, List.of()));
            signatures.add(new Document("party", signed.party().name()).append("signatory", signed.signatory())
                    .append("signedOn", signed.signedOn().toString()));
            return doc.append("signatures", signatures);
        }
        if (payload instanceof ConventionSigned signed) {
            return doc.append("signedOn", signed.signedOn().toString());
        }
        if (payload instanceof ConventionEnteredIntoForce e) {
            return doc.append("inForceSince", e.on().toString());
        }
        if (payload instanceof FinalEvaluationFiled e) {
            return doc.append("evaluationFiledOn", e.filedOn().toString());
        }
        if (payload instanceof ConventionRenewalWithheld e) {
            return doc.append("endedOn", e.anniversary().toString());
        }
        if (payload instanceof ConventionExpired e) {
            return doc.append("endedOn", e.on().toString());
        }
        if (payload instanceof ConventionTerminated e) {
            return doc.append("endedOn", e.on().toString());
        }
        if (payload instanceof ConventionRenewed e) {
            return doc.append("renewedBy", e.successorId());
        }
        if (payload instanceof AvenantApplied e) {
            return doc.append("endDate", e.terms().endDate().toString())
                    .append("subsidyTotalCents", e.terms().subsidyTotalCents())
                    .append("subsidyCeilingCents", e.terms().subsidyTotalCents())
                    .append("yearlySubsidyCents", e.terms().yearlySubsidyCents())
                    .append("avenantsApplied", e.number());
        }
        if (payload instanceof SubsidyNotified e) {
            return add(doc, "subsidyNotifiedCents", e.amountCents());
        }
        if (payload instanceof SubsidyReduced e) {
            return add(doc, "subsidyReducedCents", e.amountCents());
        }
        if (payload instanceof SubsidyPaid e) {
            return add(doc, "subsidyPaidCents", e.amountCents());
        }
        if (payload instanceof SubsidyReclaimed e) {
            return add(doc, "subsidyReclaimedCents", e.amountCents());
        }
        return doc;
    }

    private static Document add(Document doc, String field, long amountCents) {
        return doc.append(field, doc.get(field, 0L) + amountCents);
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
                .append("yearlySubsidyCents", e.yearlySubsidyCents())
                .append("renewalOf", e.renewalOf())
                .append("signatures", doc.getList("signatures", Document.class, List.of()));
    }

    private static Document party(Party party) {
        return new Document("role", party.role().name()).append("name", party.name())
                .append("identifier", party.identifier());
    }
}
