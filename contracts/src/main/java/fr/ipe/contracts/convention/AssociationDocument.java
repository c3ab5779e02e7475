package fr.ipe.contracts.convention;

/** The documents the association files every fiscal year (art. 2 and 5). */
public enum AssociationDocument {
    /** Compte rendu financier (art. 5), due with the accounts (art. 2). */
    FINANCIAL_REPORT,
    /** Comptes annuels (art. 5), within six months of the close, and one month after the general assembly (art. 2). */
    ANNUAL_ACCOUNTS,
    /** Rapport du commissaire aux comptes, forwarded "dans les délais utiles" (art. 5): tracked, no fixed deadline. */
    AUDITOR_REPORT;

    /** Whether the document has a due date; the auditor's report has none and never blocks a tacit renewal. */
    public boolean hasDeadline() {
        return this != AUDITOR_REPORT;
    }
}
