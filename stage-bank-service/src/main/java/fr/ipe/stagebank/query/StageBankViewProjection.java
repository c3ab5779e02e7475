package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.CommitmentRenewalDeclined;
import fr.ipe.contracts.stage.CommitmentRenewed;
import fr.ipe.contracts.stage.CompanyCommitted;
import fr.ipe.contracts.stage.EtablissementChanged;
import fr.ipe.contracts.stage.EtablissementRegistered;
import fr.ipe.contracts.stage.MentorRegistered;
import fr.ipe.contracts.stage.MentoringRecorded;
import fr.ipe.contracts.stage.PlacementCancelled;
import fr.ipe.contracts.stage.PlacementConfirmed;
import fr.ipe.contracts.stage.PlacesReserved;
import fr.ipe.contracts.stage.StageNeedClosed;
import fr.ipe.contracts.stage.StageNeedStated;
import fr.ipe.contracts.stage.StageOfferExpired;
import fr.ipe.contracts.stage.StageOfferPublished;
import fr.ipe.contracts.stage.StageOfferWithdrawn;
import fr.ipe.stagebank.domain.StageOffer;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the stage bank's views up to date. A subscribing processor: it runs in the command's own transaction, so a
 * command answers with the new view and the offer's free weeks (what matching reads) never lag behind a reservation.
 * It records, it decides nothing: the rules are the aggregates' and, across them, the use cases' (a need's pupils:
 * {@code NeedLedger}). The use cases that change a need's pupils or standing lock its ledger row first; here rows are
 * locked offer first, then need, so that no two commands wait on each other crosswise.
 */
@Component
@ProcessingGroup("stage-bank-view")
public class StageBankViewProjection {

    private final EtablissementViews etablissements;
    private final OfferViews offers;
    private final NeedViews needs;
    private final PlacementViews placements;
    private final CommitmentViews commitments;
    private final MentorViews mentors;

    public StageBankViewProjection(EtablissementViews etablissements, OfferViews offers, NeedViews needs,
                                   PlacementViews placements, CommitmentViews commitments, MentorViews mentors) {
        this.etablissements = etablissements;
        this.offers = offers;
        this.needs = needs;
        this.placements = placements;
        this.commitments = commitments;
        this.mentors = mentors;
    }

    @EventHandler
    void on(EtablissementRegistered e, @SequenceNumber long version) {
        etablissements.save(e.uai(), e.academie(), e.bassin(), e.kind(), e.name(), e.priorities(), version);
    }

    @EventHandler
    void on(EtablissementChanged e, @SequenceNumber long version) {
        etablissements.save(e.uai(), e.academie(), e.bassin(), e.kind(), e.name(), e.priorities(), version);
    }

    @EventHandler
    void on(StageOfferPublished e, @SequenceNumber long version) {
        offers.published(e, version);
    }

    @EventHandler
    void on(StageOfferWithdrawn e, @SequenceNumber long version) {
        offers.status(e.offerId(), StageOffer.Status.WITHDRAWN, version);
    }

    @EventHandler
    void on(StageOfferExpired e, @SequenceNumber long version) {
        offers.status(e.offerId(), StageOffer.Status.EXPIRED, version);
    }

    @EventHandler
    void on(PlacesReserved e, @SequenceNumber long version) {
        offers.reserve(e.offerId(), e.places(), e.weeks(), version);
        needs.placed(e.needId(), e.places());
        placements.reserved(e);
    }

    @EventHandler
    void on(PlacementConfirmed e, @SequenceNumber long version) {
        offers.version(e.offerId(), version);
        placements.status(e.placementId(), PlacementView.Status.CONFIRMED, e.confirmedOn());
    }

    @EventHandler
    void on(PlacementCancelled e, @SequenceNumber long version) {
        offers.reserve(e.offerId(), -e.places(), e.weeks(), version);
        needs.placed(e.needId(), -e.places());
        placements.status(e.placementId(), PlacementView.Status.CANCELLED, e.cancelledOn());
    }

    @EventHandler
    void on(StageNeedStated e, @SequenceNumber long version, @Timestamp Instant statedAt) {
        needs.stated(e, statedAt, version);
    }

    @EventHandler
    void on(StageNeedClosed e, @SequenceNumber long version) {
        needs.closed(e.needId(), version);
    }

    @EventHandler
    void on(CompanyCommitted e, @SequenceNumber long version) {
        commitments.committed(e, version);
    }

    @EventHandler
    void on(CommitmentRenewed e, @SequenceNumber long version) {
        commitments.renewed(e.commitmentId(), e.schoolYear(), e.trainees(), version);
    }

    @EventHandler
    void on(CommitmentRenewalDeclined e, @SequenceNumber long version) {
        commitments.declined(e.commitmentId(), e.schoolYear(), e.reason(), version);
    }

    @EventHandler
    void on(MentorRegistered e, @SequenceNumber long version) {
        mentors.registered(e, version);
    }

    @EventHandler
    void on(MentoringRecorded e, @SequenceNumber long version) {
        mentors.recorded(e, version);
    }
}
