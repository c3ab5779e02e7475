package fr.ipe.mission.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.mission.MemberCompanyRegistered;
import fr.ipe.mission.domain.ReferenceCommands.RegisterMemberCompany;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.domain.Siret;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A member company of the association (reference data the association maintains), identified by its SIRET. */
@Aggregate
public class MemberCompany {

    @AggregateIdentifier
    private String siret;

    protected MemberCompany() {
        // for Axon
    }

    @CommandHandler
    public MemberCompany(RegisterMemberCompany command) {
        if (!Siret.isValid(command.siret())) {
            throw RuleViolation.unprocessable("invalid-siret", "siret",
                    "a SIRET is 14 digits whose Luhn checksum holds, not " + command.siret());
        }
        apply(new MemberCompanyRegistered(command.siret(), command.name().strip(), command.registeredOn()));
    }

    @EventSourcingHandler
    void on(MemberCompanyRegistered event) {
        siret = event.siret();
    }
}
