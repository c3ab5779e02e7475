package fr.ipe.reporting.conventions;

import fr.ipe.contracts.convention.AvenantApplied;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionEnteredIntoForce;
import fr.ipe.contracts.convention.ConventionEvent;
import fr.ipe.contracts.convention.ConventionExpired;
import fr.ipe.contracts.convention.ConventionLifecycle;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionRenewalWithheld;
import fr.ipe.contracts.convention.ConventionRenewed;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.ConventionStatus;
import fr.ipe.contracts.convention.ConventionTerminated;
import fr.ipe.contracts.convention.FinalEvaluationFiled;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.SubsidyPaid;
import fr.ipe.contracts.convention.SubsidyReclaimed;
import fr.ipe.contracts.convention.SubsidyReduced;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.platform.views.EventDispatch;
import fr.ipe.platform.views.TypedProjection;
import fr.ipe.platform.views.ViewStore;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * One fact document per convention in {@code conventions}, guarded by the aggregate sequence: its terms, status and
 * subsidy totals (notified, reduced, paid, reclaimed). The status follows {@link ConventionLifecycle}, the one status
 * machine every consumer of the conventions' events shares; the figures, one step per event type.
 */
@Component
public class ConventionsProjection extends TypedProjection {

    private static final EventDispatch<Document> FIGURES = new EventDispatch<Document>()
            .on(ConventionDrafted.class, ConventionsProjection::drafted)
            .on(ConventionPartySigned.class, ConventionsProjection::partySigned)
            .on(ConventionSigned.class, (doc, e) -> doc.append("signedOn", e.signedOn().toString()))
            .on(ConventionEnteredIntoForce.class, (doc, e) -> doc.append("inForceSince", e.on().toString()))
            .on(FinalEvaluationFiled.class, (doc, e) -> doc.append("evaluationFiledOn", e.filedOn().toString()))
            .on(ConventionRenewalWithheld.class, (doc, e) -> doc.append("endedOn", e.anniversary().toString()))
            .on(ConventionExpired.class, (doc, e) -> doc.append("endedOn", e.on().toString()))
            .on(ConventionTerminated.class, (doc, e) -> doc.append("endedOn", e.on().toString()))
            .on(ConventionRenewed.class, (doc, e) -> doc.append("renewedBy", e.successorId()))
            .on(AvenantApplied.class, ConventionsProjection::avenantApplied)
            .on(SubsidyNotified.class, (doc, e) -> add(doc, "subsidyNotifiedCents", e.amountCents()))
            .on(SubsidyReduced.class, (doc, e) -> add(doc, "subsidyReducedCents", e.amountCents()))
            .on(SubsidyPaid.class, (doc, e) -> add(doc, "subsidyPaidCents", e.amountCents()))
            .on(SubsidyReclaimed.class, (doc, e) -> add(doc, "subsidyReclaimedCents", e.amountCents()));

    public ConventionsProjection() {
        on(ConventionEvent.class, this::convention);
    }

    @Override
    public String view() {
        return ConventionsView.VIEW;
    }

    @Override
    public Set<String> collections() {
        return Set.of(ConventionsView.CONVENTIONS);
    }

    private boolean convention(ConventionEvent convention, ReceivedEvent event, ViewStore store) {
        return store.facts(ConventionsView.CONVENTIONS).apply(event.subject(), event.sequence(),
                doc -> evolve(doc, convention).append("updatedAt", Date.from(event.time().toInstant())));
    }

    /** The fact after {@code event}: its status by {@link ConventionLifecycle}, the figures the event changes. */
    public static Document evolve(Document doc, ConventionEvent event) {
        ConventionStatus current = doc.getString("status") == null ? null
                : ConventionStatus.valueOf(doc.getString("status"));
        ConventionStatus status = ConventionLifecycle.after(current, event);
        return FIGURES.apply(doc, event).append("status", status == null ? null : status.name());
    }

    private static Document partySigned(Document doc, ConventionPartySigned signed) {
        List<Document> signatures = new ArrayList<>(doc.getList("signatures", Document.class, List.of()));
        signatures.add(new Document("party", signed.party().name()).append("signatory", signed.signatory())
                .append("signedOn", signed.signedOn().toString()));
        return doc.append("signatures", signatures);
    }

    private static Document avenantApplied(Document doc, AvenantApplied e) {
        return doc.append("endDate", e.terms().endDate().toString())
                .append("subsidyTotalCents", e.terms().subsidyTotalCents())
                .append("subsidyCeilingCents", e.terms().subsidyTotalCents())
                .append("yearlySubsidyCents", e.terms().yearlySubsidyCents())
                .append("avenantsApplied", e.number());
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
