package fr.ipe.convention.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A convention (DOMAIN.md section 1): drafted with its parties, dates and subsidy, then signed by every party.
 */
@Aggregate
public class Convention {

    /** The longest convention the programme has known is multi-year; ten years bounds typing mistakes. */
    static final int MAX_DURATION_YEARS = 10;

    private static final Set<PartyRole> SIRET_ROLES = Set.of(PartyRole.ASSOCIATION, PartyRole.MEMBER_COMPANY,
            PartyRole.ENTREPRISE, PartyRole.PROFESSIONAL_BODY);
    private static final Set<PartyRole> SCHOOL_SIDE = Set.of(PartyRole.RECTORAT, PartyRole.ETABLISSEMENT);
    private static final Set<PartyRole> COMPANY_SIDE = Set.of(PartyRole.MEMBER_COMPANY, PartyRole.ENTREPRISE,
            PartyRole.PROFESSIONAL_BODY);

    @AggregateIdentifier
    private String conventionId;
    private String academie;
    private List<PartyRole> parties;
    private final Map<PartyRole, LocalDate> signatures = new EnumMap<>(PartyRole.class);

    protected Convention() {
        // for Axon
    }

    @CommandHandler
    public Convention(DraftConvention command) {
        checkParties(command);
        checkSubsidy(command);
        if (command.durationYears() < 1 || command.durationYears() > MAX_DURATION_YEARS) {
            throw RuleViolation.unprocessable("duration-out-of-range", "durationYears",
                    "a convention lasts from 1 to " + MAX_DURATION_YEARS + " years");
        }
        LocalDate endDate = command.startDate().plusYears(command.durationYears()).minusDays(1);
        apply(new ConventionDrafted(command.conventionId(), command.kind(), command.title().strip(),
                command.academie(), List.copyOf(command.parties()), command.startDate(), command.durationYears(),
                endDate, command.subsidyTotalCents(), command.annualSubsidyCents()));
    }

    /** Records one party's signature; answers the convention's new version. */
    @CommandHandler
    public long handle(SignConvention command) {
        if (!parties.contains(command.party())) {
            throw RuleViolation.unprocessable("not-a-party", "party",
                    command.party() + " is not a party to convention " + conventionId);
        }
        if (signatures.containsKey(command.party())) {
            throw RuleViolation.conflict("already-signed",
                    command.party() + " already signed convention " + conventionId + " on "
                            + signatures.get(command.party()));
        }
        apply(new ConventionPartySigned(conventionId, academie, command.party(), command.signatory().strip(),
                command.signedOn()));
        if (signatures.size() == parties.size()) {
            LocalDate lastSignature = signatures.values().stream().max(LocalDate::compareTo).orElseThrow();
            apply(new ConventionSigned(conventionId, academie, lastSignature));
        }
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ConventionDrafted event) {
        conventionId = event.conventionId();
        academie = event.academie();
        parties = event.parties().stream().map(Party::role).toList();
    }

    @EventSourcingHandler
    void on(ConventionPartySigned event) {
        signatures.put(event.party(), event.signedOn());
    }

    private static void checkParties(DraftConvention command) {
        if (command.kind() != ConventionKind.NATIONAL_MULTI_YEAR) {
            requireAcademie(command);
        }
        List<Party> parties = command.parties();
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
            if (party.role() == PartyRole.RECTORAT && !Objects.equals(command.academie(), party.identifier())) {
                throw RuleViolation.unprocessable("rectorat-outside-academie", field,
                        "the rectorat party must be the rectorat of the convention's académie " + command.academie());
            }
        }
        switch (command.kind()) {
            case NATIONAL_MULTI_YEAR -> {
                if (command.academie() != null) {
                    throw RuleViolation.unprocessable("national-convention-has-no-academie", "academie",
                            "the national convention binds the ministry and the association, not an académie");
                }
                requireExactly(roles, Set.of(PartyRole.MINISTRY, PartyRole.ASSOCIATION), "national-convention-parties",
                        "the national convention is between the ministry and the association");
            }
            case SECONDMENT_AGREEMENT -> requireExactly(roles, Set.of(PartyRole.RECTORAT, PartyRole.MEMBER_COMPANY), "secondment-parties",
                        "a secondment agreement is between the recteur and a member company");
            case PARTNERSHIP, FRAMEWORK_AGREEMENT -> {
                boolean schoolSide = roles.stream().anyMatch(SCHOOL_SIDE::contains);
                boolean companySide = roles.stream().anyMatch(COMPANY_SIDE::contains);
                if (!schoolSide || !companySide || roles.contains(PartyRole.MINISTRY)) {
                    throw RuleViolation.unprocessable("partnership-parties", "parties",
                            "a partnership binds an académie or établissement and a company or professional body");
                }
            }
            default -> throw new IllegalArgumentException(command.kind().name());
        }
    }

    private static void requireAcademie(DraftConvention command) {
        if (command.academie() == null || !Identifiers.isAcademieSlug(command.academie())) {
            throw RuleViolation.unprocessable("academie-required", "academie",
                    "a " + command.kind() + " belongs to an académie (slug such as aix-marseille)");
        }
    }

    private static void requireExactly(List<PartyRole> roles, Set<PartyRole> expected, String rule, String message) {
        if (roles.size() != expected.size() || !expected.containsAll(roles)) {
            throw RuleViolation.unprocessable(rule, "parties", message);
        }
    }

    private static void checkSubsidy(DraftConvention command) {
        if (command.kind() != ConventionKind.NATIONAL_MULTI_YEAR) {
            if (command.subsidyTotalCents() != 0 || command.annualSubsidyCents() != 0) {
                throw RuleViolation.unprocessable("subsidy-only-national", "subsidyTotalCents",
                        "only the national convention carries the State subsidy");
            }
            return;
        }
        if (command.subsidyTotalCents() <= 0) {
            throw RuleViolation.unprocessable("subsidy-required", "subsidyTotalCents",
                    "the national convention states the subsidy it grants");
        }
        if (command.annualSubsidyCents() * command.durationYears() != command.subsidyTotalCents()) {
            throw RuleViolation.unprocessable("subsidy-schedule-mismatch", "annualSubsidyCents",
                    "the yearly amount times the duration must equal the total subsidy (art. 4)");
        }
    }
}
