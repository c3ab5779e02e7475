package fr.ipe.mission.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.mission.IpeRegistered;
import fr.ipe.mission.domain.IdentityEvents.IpeIdentityErased;
import fr.ipe.mission.domain.IdentityEvents.IpeIdentityRecorded;
import fr.ipe.mission.domain.ReferenceCommands.EraseIpeIdentity;
import fr.ipe.mission.domain.ReferenceCommands.RegisterIpe;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An IPE: an engineer of a member company. Its published events carry its id only; its name, contact and account are in
 * an unpublished event, sealed with its own key, so that an erasure (GDPR art. 17) only has to delete the key.
 */
@Aggregate
public class Ipe {

    @AggregateIdentifier
    private String ipeId;
    private LocalDate erasedOn;

    protected Ipe() {
        // for Axon
    }

    @CommandHandler
    public Ipe(RegisterIpe command) {
        apply(new IpeRegistered(command.ipeId(), command.companySiret(), command.registeredOn()));
        apply(new IpeIdentityRecorded(command.ipeId(), command.sealedIdentity()));
    }

    @CommandHandler
    public void handle(EraseIpeIdentity command) {
        if (erasedOn != null) {
            throw RuleViolation.conflict("already-erased", "the personal data of IPE " + ipeId + " were erased on "
                    + erasedOn);
        }
        Retention.requireOver(command.lastMissionDay(), command.missionActive(), command.selectionPending(),
                command.erasedOn());
        apply(new IpeIdentityErased(ipeId, command.erasedOn()));
    }

    @EventSourcingHandler
    void on(IpeRegistered event) {
        ipeId = event.ipeId();
    }

    @EventSourcingHandler
    void on(IpeIdentityErased event) {
        erasedOn = event.erasedOn();
    }
}
