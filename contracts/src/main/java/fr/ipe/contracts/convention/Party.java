package fr.ipe.contracts.convention;

/**
 * A party to a convention. {@code identifier} is a SIRET, a UAI or an académie slug, as the role requires
 * (null for the ministry).
 */
public record Party(PartyRole role, String name, String identifier) {
}
