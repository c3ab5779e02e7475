package fr.ipe.mission.domain;

import fr.ipe.contracts.mission.NationalPriority;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Commands on the reference data and the actors: member companies, IPE, national priorities. */
public final class ReferenceCommands {

    private ReferenceCommands() {
    }

    /** The association registers a member company by its SIRET. */
    public record RegisterMemberCompany(@TargetAggregateIdentifier String siret, String name, LocalDate registeredOn) {
    }

    /**
     * The association registers a candidate IPE of a member company. {@code sealedIdentity} is the IPE's name, contact and
     * account, already encrypted with the IPE's own key: the aggregate and its events never see them in clear.
     */
    public record RegisterIpe(@TargetAggregateIdentifier String ipeId, String companySiret, String sealedIdentity,
                              LocalDate registeredOn) {
    }

    /**
     * Erase the IPE's personal data (GDPR art. 17). {@code lastMissionDay} is the last day of the IPE's latest mission
     * (null when it never had one), {@code missionActive} whether one has not ended, {@code selectionPending} whether a
     * recteur selected the IPE on a need that has no mission yet.
     */
    public record EraseIpeIdentity(@TargetAggregateIdentifier String ipeId, LocalDate erasedOn, LocalDate lastMissionDay,
                                   boolean missionActive, boolean selectionPending,
                                   @TargetAggregateVersion Long expectedVersion) {
    }

    /** The association's board adopts the year's national priorities, on the DGESCO's proposal. */
    public record AdoptNationalPriorities(@TargetAggregateIdentifier String prioritiesId, int year,
                                          List<NationalPriority> priorities, LocalDate proposedOn, LocalDate adoptedOn) {
    }
}
