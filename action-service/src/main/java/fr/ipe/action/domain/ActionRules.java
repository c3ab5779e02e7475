package fr.ipe.action.domain;

import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.contracts.action.ActionPartners;
import fr.ipe.contracts.action.ActionThemes;
import fr.ipe.contracts.action.ActionThemes.ThemeSet;
import fr.ipe.platform.domain.Identifiers;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.domain.Siret;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/** The rules an action's content follows, whoever sends it: themes, dates, partners and figures. */
final class ActionRules {

    /** An action lasts at most a school year and a summer: longer work is several actions, reported year by year. */
    static final int MAX_DAYS = 400;
    /** The platform's bound on counts (fr.ipe.platform.bounds.Bounds.MAX_COUNT), which the API enforces first. */
    static final long MAX_COUNT = 10_000_000L;

    private ActionRules() {
    }

    /** The theme set in force on {@code firstDay}, which must hold {@code theme}. */
    static ThemeSet themeSet(String theme, LocalDate firstDay) {
        ThemeSet set = ActionThemes.inForceOn(firstDay).orElseThrow(() -> RuleViolation.unprocessable(
                "no-theme-set-in-force", "firstDay", "no set of action themes is in force on " + firstDay));
        requireTheme(set, theme);
        return set;
    }

    static void requireTheme(ThemeSet set, String theme) {
        if (set.theme(theme).isEmpty()) {
            throw RuleViolation.unprocessable("theme-not-in-set", "theme", "theme " + theme + " is not one of the "
                    + set.id() + " themes: " + set.themes().stream().map(ActionThemes.Theme::code).toList());
        }
    }

    static void checkAcademie(String academie) {
        if (academie != null && !Identifiers.isAcademieSlug(academie)) {
            throw RuleViolation.unprocessable("invalid-academie", "academie",
                    "an académie is a slug such as aix-marseille, not " + academie);
        }
    }

    static void checkIpe(List<String> ipeIds) {
        if (ipeIds == null || ipeIds.isEmpty()) {
            throw RuleViolation.unprocessable("ipe-required", "ipeIds", "an action is carried out by one IPE or more");
        }
        if (new HashSet<>(ipeIds).size() != ipeIds.size()) {
            throw RuleViolation.unprocessable("duplicate-ipe", "ipeIds", "an IPE is named twice");
        }
    }

    static void checkPeriod(LocalDate firstDay, LocalDate lastDay) {
        if (lastDay.isBefore(firstDay)) {
            throw RuleViolation.unprocessable("period-reversed", "lastDay", "the last day " + lastDay
                    + " is before the first day " + firstDay);
        }
        if (lastDay.toEpochDay() - firstDay.toEpochDay() >= MAX_DAYS) {
            throw RuleViolation.unprocessable("period-too-long", "lastDay", "an action lasts at most " + MAX_DAYS
                    + " days; report longer work as several actions");
        }
    }

    /**
     * UAIs and SIRETs are valid and named once; organisations are named once. A UAI carries the check letter of its
     * digits, as the national directory of établissements gives it: a mistyped digit is refused, not counted as
     * another établissement in the bilan.
     */
    static void checkPartners(ActionPartners partners) {
        for (String uai : partners.etablissementUais()) {
            if (!Identifiers.isCheckedUai(uai)) {
                throw RuleViolation.unprocessable("invalid-uai", "partners.etablissementUais",
                        "a UAI is 7 digits and their check letter, not " + uai + (Identifiers.isUai(uai)
                                ? " (the check letter of " + uai.substring(0, 7) + " is "
                                + Identifiers.uaiCheckLetter(uai.substring(0, 7)) + ")" : ""));
            }
        }
        for (String siret : partners.companySirets()) {
            if (!Siret.isValid(siret)) {
                throw RuleViolation.unprocessable("invalid-siret", "partners.companySirets",
                        "a SIRET is 14 digits with a valid Luhn checksum, not " + siret);
            }
        }
        requireDistinct(partners.etablissementUais(), "partners.etablissementUais");
        requireDistinct(partners.companySirets(), "partners.companySirets");
        requireDistinct(partners.professionalOrganisations().stream().map(String::strip).toList(),
                "partners.professionalOrganisations");
    }

    /** A figure counts at least the partners the action names one by one. */
    static void checkFigures(ActionFigures figures, ActionPartners partners) {
        long[] counts = {figures.etablissements(), figures.girls(), figures.boys(), figures.staffWomen(),
                figures.staffMen(), figures.companies(), figures.professionalOrganisations()};
        for (long count : counts) {
            if (count < 0 || count > MAX_COUNT) {
                throw RuleViolation.unprocessable("count-out-of-bounds", "figures",
                        "a figure is a count within 0.." + MAX_COUNT);
            }
        }
        atLeast(figures.etablissements(), partners.etablissementUais().size(), "figures.etablissements");
        atLeast(figures.companies(), partners.companySirets().size(), "figures.companies");
        atLeast(figures.professionalOrganisations(), partners.professionalOrganisations().size(),
                "figures.professionalOrganisations");
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.unprocessable("reason-required", "reason", "a correction or cancellation states why");
        }
    }

    private static void atLeast(long figure, int named, String field) {
        if (figure < named) {
            throw RuleViolation.unprocessable("figure-below-named-partners", field,
                    field + " is " + figure + " but the action names " + named + " of them");
        }
    }

    private static void requireDistinct(List<String> values, String field) {
        if (new HashSet<>(values).size() != values.size()) {
            throw RuleViolation.unprocessable("duplicate-partner", field, "a partner is named twice in " + field);
        }
    }
}
