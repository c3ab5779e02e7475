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
     * company. What the need left is passed in: its selected IPE ({@code ipeId}, null when none) and whether its
     * personal data were erased, its specification ({@code specification}, null when none); {@code otherMissions} are
     * the IPE's other missions, which this one must not overlap (both read under the IPE's lock, so that no other step
     * for the IPE commits in between). {@code termReason} says why the term is not the
     * specification's duration, when it is not.
     */
    public record SignDelegation(@TargetAggregateIdentifier String missionId, String needId, String academie,
                                 String ipeId, boolean ipeErased, String companySiret, Specified specification,
                                 String secondmentConventionId, LocalDate startDate, LocalDate endDate,
                                 String termReason, LocalDate signedOn, long salaryAllowanceCentsPerYear,
                                 long travelCentsPerYear, int reimbursedSharePercent, List<ActivePeriod> otherMissions) {
    }

    /** The need's specification as the delegation follows it: its duration and the day it was written. */
    public record Specified(int durationMonths, LocalDate specifiedOn) {
    }

    public record IssueMissionLetter(@TargetAggregateIdentifier String missionId, String schoolYear,
                                     List<String> axisCodes, String objectives, LocalDate issuedOn,
                                     @TargetAggregateVersion Long expectedVersion) {
    }

    /** {@code today} is the business date: a certification is not dated after it. */
    public record CertifyMission(@TargetAggregateIdentifier String missionId, String schoolYear, LocalDate certifiedOn,
                                 LocalDate today, @TargetAggregateVersion Long expectedVersion) {
    }

    public record EndMission(@TargetAggregateIdentifier String missionId, LocalDate endedOn, String reason,
                             @TargetAggregateVersion Long expectedVersion) {
    }
}
