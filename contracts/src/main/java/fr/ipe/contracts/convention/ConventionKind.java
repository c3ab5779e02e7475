package fr.ipe.contracts.convention;

/** The kinds of convention the programme knows (DOMAIN.md section 1). */
public enum ConventionKind {
    /** Ministry ↔ association, multi-year, funds the programme. */
    NATIONAL_MULTI_YEAR,
    /** Recteur ↔ member company, one per IPE ("convention de délégation de personnel"). */
    SECONDMENT_AGREEMENT,
    /** Académie or établissement ↔ company or professional body. */
    PARTNERSHIP,
    /** Framework agreement between an académie and a company or professional body. */
    FRAMEWORK_AGREEMENT
}
