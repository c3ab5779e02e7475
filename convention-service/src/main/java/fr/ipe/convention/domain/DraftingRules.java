package fr.ipe.convention.domain;

import fr.ipe.platform.domain.Identifiers;
import fr.ipe.platform.domain.Siret;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.platform.domain.ExactAmounts;
import fr.ipe.platform.domain.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What a convention must say to be drafted, or renewed by a new one: its parties, objectives, duration and subsidy. */
public final class DraftingRules {

    /** The longest convention the programme has known is multi-year; ten years bounds typing mistakes. */
    static final int MAX_DURATION_YEARS = 10;

    private static final Set<PartyRole> SIRET_ROLES = Set.of(PartyRole.ASSOCIATION, PartyRole.MEMBER_COMPANY,
            PartyRole.ENTREPRISE, PartyRole.PROFESSIONAL_BODY);
    private static final Set<PartyRole> SCHOOL_SIDE = Set.of(PartyRole.RECTORAT, PartyRole.ETABLISSEMENT);
    private static final Set<PartyRole> COMPANY_SIDE = Set.of(PartyRole.MEMBER_COMPANY, PartyRole.ENTREPRISE,
            PartyRole.PROFESSIONAL_BODY);

    private DraftingRules() {
    }

    public static void check(DraftConvention draft) {
        checkParties(draft.kind(), draft.academie(), draft.parties());
        checkContent(draft.objectives(), draft.durationYears());
        checkSchedule(draft.kind(), draft.subsidyTotalCents(), draft.yearlySubsidyCents(), draft.durationYears());
        if (draft.budget() != null) {
            BudgetRules.check(draft.budget(), draft.subsidyTotalCents());
        }
    }

    /** Art. 1: a convention states its objectives; and it lasts a whole number of years within the bound. */
    static void checkContent(String objectives, int durationYears) {
        if (objectives == null || objectives.isBlank()) {
            throw RuleViolation.unprocessable("objectives-required", "objectives",
                    "a convention states its objectives (article 1)");
        }
        if (durationYears < 1 || durationYears > MAX_DURATION_YEARS) {
            throw RuleViolation.unprocessable("duration-out-of-range", "durationYears",
                    "a convention lasts from 1 to " + MAX_DURATION_YEARS + " years");
        }
    }

    /**
     * Art. 4: only the national convention carries the State subsidy; its forecast states an amount for each convention
     * year (the years after the first "sous réserve de l'inscription des crédits en loi de finances", so they may
     * differ), adding up exactly to the total.
     */
    static void checkSchedule(ConventionKind kind, long totalCents, List<Long> yearlyCents, int years) {
        boolean noSchedule = yearlyCents == null || yearlyCents.isEmpty();
        if (kind != ConventionKind.NATIONAL_MULTI_YEAR) {
            if (totalCents != 0 || !noSchedule) {
                throw RuleViolation.unprocessable("subsidy-only-national", "subsidyTotalCents",
                        "only the national convention carries the State subsidy");
            }
            return;
        }
        if (totalCents <= 0) {
            throw RuleViolation.unprocessable("subsidy-required", "subsidyTotalCents",
                    "the national convention states the subsidy it grants");
        }
        if (noSchedule || yearlyCents.size() != years) {
            throw RuleViolation.unprocessable("subsidy-schedule-mismatch", "yearlySubsidyCents",
                    "the forecast states one amount for each of the " + years + " convention years (art. 4)");
        }
        long sum = 0;
        for (int i = 0; i < yearlyCents.size(); i++) {
            Long amount = yearlyCents.get(i);
            if (amount == null || amount < 0) {
                throw RuleViolation.unprocessable("amount-negative", "yearlySubsidyCents[" + i + "]",
                        "a yearly amount is zero or a positive number of cents");
            }
            sum = ExactAmounts.add(sum, amount, "yearlySubsidyCents");
        }
        if (sum != totalCents) {
            throw RuleViolation.unprocessable("subsidy-schedule-mismatch", "yearlySubsidyCents", "the yearly amounts add "
                    + "up to " + sum + ", not to the total subsidy of " + totalCents + " (art. 4)");
        }
    }

    static void checkParties(ConventionKind kind, String academie, List<Party> parties) {
        List<PartyRole> roles = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String field = "parties[" + i + "].identifier";
            if (roles.contains(party.role())) {
                throw RuleViolation.unprocessable("party-listed-twice", "parties[" + i + "].role",
                        party.role() + " is listed twice");
            }
            roles.add(party.role());
            if (SIRET_ROLES.contains(party.role()) && !Siret.isValid(party.identifier())) {
                throw RuleViolation.unprocessable("siret-invalid", field,
                        "a " + party.role() + " is identified by a SIRET: 14 digits with a valid Luhn checksum");
            }
            if (party.role() == PartyRole.ETABLISSEMENT && !Identifiers.isUai(party.identifier())) {
                throw RuleViolation.unprocessable("uai-invalid", field,
                        "an établissement is identified by its UAI: 7 digits and a letter");
            }
            if (party.role() == PartyRole.RECTORAT && !Objects.equals(academie, party.identifier())) {
                throw RuleViolation.unprocessable("rectorat-outside-academie", field,
                        "the rectorat party must be the rectorat of the convention's académie " + academie);
            }
        }
        switch (kind) {
            case NATIONAL_MULTI_YEAR -> {
                requireNoAcademie(academie, "the national convention binds the ministry and the association, not an académie");
                requireExactly(roles, Set.of(PartyRole.MINISTRY, PartyRole.ASSOCIATION), "national-convention-parties",
                        "the national convention is between the ministry and the association");
            }
            case SECONDMENT_AGREEMENT -> {
                // annex 1: signed with the company by the recteur, or by the central administration for an IPE placed
                // at the national level (the DGESCO)
                if (roles.contains(PartyRole.MINISTRY)) {
                    requireNoAcademie(academie, "a secondment at the national level belongs to no académie");
                    requireExactly(roles, Set.of(PartyRole.MINISTRY, PartyRole.MEMBER_COMPANY), "secondment-parties",
                            "a secondment agreement is between the central administration and a member company");
                } else {
                    requireAcademie(kind, academie);
                    requireExactly(roles, Set.of(PartyRole.RECTORAT, PartyRole.MEMBER_COMPANY), "secondment-parties",
                            "a secondment agreement is between the recteur (or the central administration) and a "
                                    + "member company");
                }
            }
            case PARTNERSHIP, FRAMEWORK_AGREEMENT -> {
                requireAcademie(kind, academie);
                boolean schoolSide = roles.stream().anyMatch(SCHOOL_SIDE::contains);
                boolean companySide = roles.stream().anyMatch(COMPANY_SIDE::contains);
                if (!schoolSide || !companySide || roles.contains(PartyRole.MINISTRY)) {
                    throw RuleViolation.unprocessable("partnership-parties", "parties",
                            "a partnership binds an académie or établissement and a company or professional body");
                }
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    private static void requireAcademie(ConventionKind kind, String academie) {
        if (academie == null || !Identifiers.isAcademieSlug(academie)) {
            throw RuleViolation.unprocessable("academie-required", "academie",
                    "a " + kind + " belongs to an académie (slug such as aix-marseille)");
        }
    }

    private static void requireNoAcademie(String academie, String message) {
        if (academie != null) {
            throw RuleViolation.unprocessable("academie-not-allowed", "academie", message);
        }
    }

    private static void requireExactly(List<PartyRole> roles, Set<PartyRole> expected, String rule, String message) {
        if (roles.size() != expected.size() || !expected.containsAll(roles)) {
            throw RuleViolation.unprocessable(rule, "parties", message);
        }
    }
}
