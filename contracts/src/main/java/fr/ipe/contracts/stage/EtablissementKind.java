package fr.ipe.contracts.stage;

/** The kind of a secondary school (EPLE) whose pupils need stages. */
public enum EtablissementKind {
    COLLEGE,
    LYCEE_PROFESSIONNEL,
    LYCEE_TECHNOLOGIQUE,
    LYCEE_POLYVALENT,
    EREA
}
