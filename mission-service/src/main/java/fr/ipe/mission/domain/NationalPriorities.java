package fr.ipe.mission.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.mission.NationalPrioritiesAdopted;
import fr.ipe.contracts.mission.NationalPriority;
import fr.ipe.mission.domain.ReferenceCommands.AdoptNationalPriorities;
import fr.ipe.platform.domain.RuleViolation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** The national priorities of one year, set by the association's board on a DGESCO proposal (annex 1). */
@Aggregate
public class NationalPriorities {

    @AggregateIdentifier
    private String prioritiesId;

    protected NationalPriorities() {
        // for Axon
    }

    public static String idOf(int year) {
        return "priorities-" + year;
    }

    @CommandHandler
    public NationalPriorities(AdoptNationalPriorities command) {
        if (command.adoptedOn().isBefore(command.proposedOn())) {
            throw RuleViolation.unprocessable("adopted-before-proposal", "adoptedOn",
                    "the board adopts the priorities on the DGESCO's proposal, so not before " + command.proposedOn());
        }
        Set<String> codes = new HashSet<>();
        for (NationalPriority priority : command.priorities()) {
            if (!codes.add(priority.code())) {
                throw RuleViolation.unprocessable("duplicate-priority", "priorities",
                        "priority " + priority.code() + " is listed twice");
            }
        }
        apply(new NationalPrioritiesAdopted(command.year(), List.copyOf(command.priorities()), command.proposedOn(),
                command.adoptedOn()));
    }

    @EventSourcingHandler
    void on(NationalPrioritiesAdopted event) {
        prioritiesId = idOf(event.year());
    }
}
