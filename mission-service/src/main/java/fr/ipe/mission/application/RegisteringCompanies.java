package fr.ipe.mission.application;

import fr.ipe.mission.domain.ReferenceCommands.RegisterMemberCompany;
import fr.ipe.mission.query.CompanyView;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The association registers a member company by its SIRET, once. The company's id is its SIRET, so the event store's
 * key refuses a second registration; this use case names it first (409 {@code company-registered}). Registrations
 * arriving at once may both pass that check: the key lets one create the company, the others get 409
 * {@code concurrent-modification}.
 */
@Component
public class RegisteringCompanies {

    private final ExistingAggregates<CompanyView> companies;
    private final ReferenceRepository references;
    private final MissionAccess access;

    public RegisteringCompanies(CommandGateway commands, ReferenceRepository references, MissionAccess access) {
        this.companies = new ExistingAggregates<>("member company", commands, references::company);
        this.references = references;
        this.access = access;
    }

    public CompanyView register(String siret, String name, LocalDate registeredOn) {
        access.requireAssociation();
        if (references.company(siret).isPresent()) {
            throw RuleViolation.conflict("company-registered", "siret", "member company " + siret
                    + " is already registered");
        }
        return companies.create(siret, new RegisterMemberCompany(siret, name, registeredOn));
    }

    /** The member company, or 404. */
    public CompanyView found(String siret) {
        return companies.found(siret);
    }
}
