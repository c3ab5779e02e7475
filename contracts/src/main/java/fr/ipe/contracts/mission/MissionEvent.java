package fr.ipe.contracts.mission;

import fr.ipe.contracts.PublishedEvent;

/**
 * An event of mission-service (companies, IPE, needs, candidatures, delegations, letters, certifications). Sealed, so
 * that {@link fr.ipe.contracts.EventCatalog} lists every mission event: a new event must be permitted here. Events
 * never carry an IPE's name or contact, only its id (personal data stays in mission-service).
 */
public sealed interface MissionEvent extends PublishedEvent permits
        MemberCompanyRegistered,
        IpeRegistered,
        NationalPrioritiesAdopted,
        NeedPosted,
        CandidatureSubmitted,
        CandidaturePreselected,
        CandidatureSelected,
        CandidatureRejected,
        MissionSpecified,
        DelegationSigned,
        ReimbursementCommitted,
        MissionLetterIssued,
        MissionCertified,
        MissionEnded,
        ReimbursementReleased {
}
