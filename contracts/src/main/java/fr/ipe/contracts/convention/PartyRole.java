package fr.ipe.contracts.convention;

/** Who a party to a convention is; it decides which identifier the party carries. */
public enum PartyRole {
    /** The ministry (DGESCO); no identifier. */
    MINISTRY,
    /** The association "Ingénieurs pour l'école"; identified by SIRET. */
    ASSOCIATION,
    /** The rectorat of an académie; identified by the académie slug. */
    RECTORAT,
    /** A member company of the association; identified by SIRET. */
    MEMBER_COMPANY,
    /** An établissement; identified by UAI. */
    ETABLISSEMENT,
    /** A company; identified by SIRET. */
    ENTREPRISE,
    /** A professional body (MEDEF, CCI, UIMM, …); identified by SIRET. */
    PROFESSIONAL_BODY
}
