package fr.ipe.contracts.convention;

/** The documents the association files every fiscal year (art. 2 and 5). */
public enum AssociationDocument {
    /** Compte rendu financier, before 1 July of the following year. */
    FINANCIAL_REPORT,
    /** Comptes annuels, within six months of the close of the fiscal year. */
    ANNUAL_ACCOUNTS,
    /** Rapport du commissaire aux comptes, forwarded with the accounts. */
    AUDITOR_REPORT
}
