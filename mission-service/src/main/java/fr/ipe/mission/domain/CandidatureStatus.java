package fr.ipe.mission.domain;

/** Where a candidature stands: submitted by a company, pre-selected by the association, then selected or rejected. */
public enum CandidatureStatus { SUBMITTED, PRESELECTED, SELECTED, REJECTED }
