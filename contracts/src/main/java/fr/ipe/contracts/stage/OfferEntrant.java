package fr.ipe.contracts.stage;

/** Who entered a company's offer on its behalf: the rectorat's school–company partnership unit or the association. */
public enum OfferEntrant {
    RECTORAT,
    ASSOCIATION
}
