package fr.ipe.contracts.stage;

/** A mentor ("parrain", operation launched in 2000) is a volunteer still in activity or retired. */
public enum MentorStatus {
    ACTIVE,
    RETIRED
}
