package fr.ipe.mission.domain;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Commands on a mission: the delegation that starts it, its letters, its yearly certifications, its end. */
public final class MissionCommands {

    private MissionCommands() {
    }

    /** Days a mission of the IPE covers, first and last inclusive. */
    public record ActivePeriod(String missionId, LocalDate firstDay, LocalDate lastDay) {

        boolean overlaps(LocalDate first, LocalDate last) {
            return !first.isAfter(lastDay) && !last.isBefore(firstDay);
        }
    }

    /**
     * The recteur (or the central administration, {@code academie} null) signs the secondment agreement with the
     * company. What the need left is passed in: its selected IPE ({@code ipeId}, null when none) and whether it was
     * specified; {@code otherMissions} are the IPE's other missions, which this one must not overlap.
     */
    public record SignDelegation(@TargetAggregateIdentifier String missionId, String needId, String academie,
                                 String ipeId, String companySiret, boolean specified, String secondmentConventionId,
                                 LocalDate startDate, LocalDate endDate, LocalDate signedOn,
                                 long salaryAllowanceCentsPerYear, long travelCentsPerYear, int reimbursedSharePercent,
                                 List<ActivePeriod> otherMissions) {
    }

    public record IssueMissionLetter(@TargetAggregateIdentifier String missionId, String schoolYear,
                                     List<String> axisCodes, String objectives, LocalDate issuedOn,
                                     @TargetAggregateVersion Long expectedVersion) {
    }

    public record CertifyMission(@TargetAggregateIdentifier String missionId, String schoolYear, LocalDate certifiedOn,
                                 @TargetAggregateVersion Long expectedVersion) {
    }

    public record EndMission(@TargetAggregateIdentifier String missionId, LocalDate endedOn, String reason,
                             @TargetAggregateVersion Long expectedVersion) {
    }
}
