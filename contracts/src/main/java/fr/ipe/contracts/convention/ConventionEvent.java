package fr.ipe.contracts.convention;

import fr.ipe.contracts.PublishedEvent;

/**
 * An event of a convention: a record with a {@code conventionId} component (the aggregate id) and, for conventions of an
 * académie, an {@code academie} component; the records' own accessors implement this interface. Sealed, so that
 * {@link fr.ipe.contracts.EventCatalog} lists every convention event from {@link Class#getPermittedSubclasses()}:
 * a new event must be permitted here, and then it is published and consumable without further registration.
 */
public sealed interface ConventionEvent extends PublishedEvent permits
        ConventionDrafted,
        ConventionPartySigned,
        ConventionSigned,
        ConventionEnteredIntoForce,
        ConventionTacitlyRenewed,
        ConventionRenewalWithheld,
        ConventionExpired,
        ConventionRenewed,
        TerminationNotified,
        TerminationWithdrawn,
        ConventionTerminated,
        AssociationDocumentFiled,
        AssociationDocumentOverdue,
        FinalEvaluationFiled,
        FinalEvaluationOverdue,
        GeneralAssemblyHeld,
        DeclarationCopyFiled,
        AvenantProposed,
        AvenantPartySigned,
        AvenantApplied,
        SubsidyNotified,
        SubsidyPaid,
        SubsidySuspended,
        SubsidyResumed,
        SubsidyReduced,
        SubsidyReclaimed {

    String conventionId();

    /**
     * The académie of the convention; null for the national convention (and its subsidy events). No Jackson annotation
     * here: it would be inherited by the records' own {@code academie} component.
     */
    default String academie() {
        return null;
    }

    @Override
    default String aggregateId() {
        return conventionId();
    }

    @Override
    default String academieScope() {
        return academie();
    }
}
