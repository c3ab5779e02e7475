package fr.ipe.mission.application;

import fr.ipe.contracts.mission.NationalPriority;
import fr.ipe.mission.domain.NationalPriorities;
import fr.ipe.mission.domain.ReferenceCommands.AdoptNationalPriorities;
import fr.ipe.mission.query.PrioritiesView;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The association's board adopts a year's national priorities on the DGESCO's proposal (annex 1), once a year. The
 * priorities' id is the year's, so the event store's key refuses a second adoption; this use case names it first (409
 * {@code priorities-adopted}), and adoptions arriving at once get 409 {@code concurrent-modification} but one.
 */
@Component
public class AdoptingPriorities {

    /** A year's priorities, found by the year. */
    private final ExistingAggregates<PrioritiesView> years;
    private final ReferenceRepository references;
    private final MissionAccess access;

    public AdoptingPriorities(CommandGateway commands, ReferenceRepository references, MissionAccess access) {
        this.years = new ExistingAggregates<>("priorities of year", commands,
                year -> references.priorities(Integer.parseInt(year)));
        this.references = references;
        this.access = access;
    }

    public PrioritiesView adopt(int year, List<NationalPriority> priorities, LocalDate proposedOn,
                                LocalDate adoptedOn) {
        access.requireAssociation();
        if (references.priorities(year).isPresent()) {
            throw RuleViolation.conflict("priorities-adopted", "year", "the board already adopted the national "
                    + "priorities of " + year);
        }
        return years.create(Integer.toString(year), new AdoptNationalPriorities(NationalPriorities.idOf(year), year,
                priorities, proposedOn, adoptedOn));
    }

    /** The priorities adopted for {@code year}, or 404. */
    public PrioritiesView found(int year) {
        return years.found(Integer.toString(year));
    }
}
