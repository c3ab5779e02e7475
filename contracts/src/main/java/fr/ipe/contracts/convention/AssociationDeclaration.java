package fr.ipe.contracts.convention;

/** The declarations of the decree of 16 August 1901 whose copies the association sends without delay (art. 6). */
public enum AssociationDeclaration {
    /** Article 3: changes in the association's administration or statutes. */
    ARTICLE_3,
    /** Article 13-1: the declarations of a recognised association (new establishments, property). */
    ARTICLE_13_1
}
