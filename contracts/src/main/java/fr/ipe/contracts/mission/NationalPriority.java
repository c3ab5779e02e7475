package fr.ipe.contracts.mission;

/** One national priority of a year, by a short code needs refer to (e.g. {@code egalite-des-chances}). */
public record NationalPriority(String code, String title) {
}
