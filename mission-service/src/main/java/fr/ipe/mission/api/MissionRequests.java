package fr.ipe.mission.api;

import fr.ipe.mission.application.SigningDelegations;
import fr.ipe.platform.bounds.Cents;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the mission commands. Amounts in euro cents a year; the share in percent. */
final class MissionRequests {

    private MissionRequests() {
    }

    /**
     * {@code reimbursedSharePercent} 0 to 100 is a business rule of the delegation (422), not a format (400);
     * {@code termReason} says why the term is not the specification's duration, when it is not.
     */
    @Schema(example = RequestExamples.DELEGATION)
    record DelegationRequest(@NotBlank @Size(max = 64) String needId, @Size(max = 64) String secondmentConventionId,
                      @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                      @Size(max = 2000) String termReason, @NotNull LocalDate signedOn,
                      @NotNull @Cents Long salaryAllowanceCentsPerYear, @NotNull @Cents Long travelCentsPerYear,
                      @NotNull Integer reimbursedSharePercent) implements SigningDelegations.Delegation {
    }

    @Schema(example = RequestExamples.LETTER)
    record LetterRequest(@NotBlank @Size(max = 9) String schoolYear,
                  @Size(max = 20) List<@NotBlank @Size(max = 64) String> axisCodes,
                  @NotBlank @Size(max = 4000) String objectives, @NotNull LocalDate issuedOn) {
    }

    @Schema(example = RequestExamples.CERTIFICATION)
    record CertificationRequest(@NotBlank @Size(max = 9) String schoolYear, @NotNull LocalDate certifiedOn) {
    }

    /** {@code reason} is required for an early end. */
    @Schema(example = RequestExamples.END)
    record EndRequest(@NotNull LocalDate endedOn, @Size(max = 2000) String reason) {
    }
}
