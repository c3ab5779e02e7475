package fr.ipe.mission.domain;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Commands on a mission need: posting it, its candidatures, its specification. */
public final class NeedCommands {

    private NeedCommands() {
    }

    /**
     * A rectorat ({@code academie}) or the DGESCO (null) posts a need. {@code nonSubstitutionDeclared} and its
     * justification are the non-substitution declaration; {@code priorityAdopted} says whether the priority it names
     * was adopted for that year (the API looks it up).
     */
    public record PostNeed(@TargetAggregateIdentifier String needId, String academie, String title, String profile,
                           List<String> axisCodes, Integer priorityYear, String priorityCode, boolean priorityAdopted,
                           Boolean nonSubstitutionDeclared, String nonSubstitutionJustification, LocalDate postedOn) {
    }

    /** {@code ipeErased}: whether the IPE's personal data were erased (the API looks it up). */
    public record SubmitCandidature(@TargetAggregateIdentifier String needId, String candidatureId, String ipeId,
                                    String companySiret, boolean ipeErased, LocalDate submittedOn,
                                    @TargetAggregateVersion Long expectedVersion) {
    }

    /** {@code ipeErased}: whether the personal data of the candidature's IPE were erased (the API looks it up). */
    public record PreselectCandidature(@TargetAggregateIdentifier String needId, String candidatureId,
                                       boolean ipeErased, LocalDate preselectedOn,
                                       @TargetAggregateVersion Long expectedVersion) {
    }

    /** {@code ipeErased}: whether the personal data of the candidature's IPE were erased (the API looks it up). */
    public record SelectCandidature(@TargetAggregateIdentifier String needId, String candidatureId, boolean ipeErased,
                                    LocalDate selectedOn, @TargetAggregateVersion Long expectedVersion) {
    }

    public record RejectCandidature(@TargetAggregateIdentifier String needId, String candidatureId, String reason,
                                    LocalDate rejectedOn, @TargetAggregateVersion Long expectedVersion) {
    }

    public record SpecifyMission(@TargetAggregateIdentifier String needId, String objectives, String calendar,
                                 String means, int durationMonths, LocalDate specifiedOn,
                                 @TargetAggregateVersion Long expectedVersion) {
    }
}
