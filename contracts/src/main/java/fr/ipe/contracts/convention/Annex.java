package fr.ipe.contracts.convention;

/** An annex of a convention (annex 1: the actions, annex 3: the evaluation…); the budget is kept apart. */
public record Annex(int number, String title, String summary) {
}
