package fr.ipe.contracts.stage;

import fr.ipe.contracts.PublishedEvent;

/**
 * An event of the académie stage bank (stage-bank-service): établissements, company offers, schools' needs, placements,
 * company commitments and mentoring. Sealed, so that {@link fr.ipe.contracts.EventCatalog} lists every one. Events
 * carry counts only, never a pupil's identity: the bank deals with schools, places and counts (the fight against
 * discrimination is its point, and GDPR), and mentors are known by the reference the association gives them.
 */
public sealed interface StageBankEvent extends PublishedEvent permits
        EtablissementRegistered,
        EtablissementChanged,
        StageOfferPublished,
        StageOfferWithdrawn,
        StageOfferExpired,
        StageNeedStated,
        StageNeedClosed,
        PlacesReserved,
        PlacementConfirmed,
        PlacementCancelled,
        CompanyCommitted,
        CommitmentRenewed,
        CommitmentRenewalDeclined,
        MentorRegistered,
        MentoringRecorded {

    /** The académie whose bank the event belongs to. */
    String academie();

    @Override
    default String academieScope() {
        return academie();
    }
}
