package fr.ipe.mission.query;

/** An IPE's personal data: its name, how to reach it, and the account (token username) it signs in with. */
public record Identity(String name, String contact, String account) {
}
