package fr.ipe.contracts.stage;

/**
 * Why an établissement is a priority of the bank: an "Espoir banlieues" excellence site (2008), an "Objectif stages"
 * site (2005), a site the académie marks as priority, or its education priority / urban policy area.
 */
public enum PriorityFlag {
    ESPOIR_BANLIEUES,
    OBJECTIF_STAGES,
    ACADEMIE_PRIORITY,
    REP,
    REP_PLUS,
    QPV
}
