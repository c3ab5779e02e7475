package fr.ipe.stagebank.domain;

import fr.ipe.platform.domain.Identifiers;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.domain.Siret;
import fr.ipe.stagebank.domain.OfferCommands.PublishOffer;

/** What an offer needs to be published: a company by a valid SIRET, levels, places and a week still to come. */
final class OfferRules {

    /** A company offer beyond this many places a week is a typing error, not an offer. */
    static final int MAX_PLACES_PER_WEEK = 500;

    private OfferRules() {
    }

    static void check(PublishOffer command) {
        if (!Siret.isValid(command.companySiret())) {
            throw RuleViolation.unprocessable("siret", "companySiret", "not a valid SIRET: " + command.companySiret());
        }
        if (!Identifiers.isAcademieSlug(command.academie())) {
            throw RuleViolation.unprocessable("academie", "academie", "not an académie slug: " + command.academie());
        }
        if (command.levels() == null || command.levels().isEmpty()
                || command.levels().stream().anyMatch(java.util.Objects::isNull)) {
            throw RuleViolation.unprocessable("levels-required", "levels", "an offer is for at least one level");
        }
        if (command.placesPerWeek() < 1 || command.placesPerWeek() > MAX_PLACES_PER_WEEK) {
            throw RuleViolation.unprocessable("places-per-week", "placesPerWeek",
                    "an offer has 1 to " + MAX_PLACES_PER_WEEK + " places a week");
        }
        Weeks.requireSomeAhead("weeks", Weeks.parse("weeks", command.weeks()), command.publishedOn());
    }
}
