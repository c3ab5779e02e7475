package fr.ipe.mission.api;

import fr.ipe.mission.application.PostingNeeds;
import fr.ipe.platform.bounds.Academie;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the need commands. */
final class NeedRequests {

    private NeedRequests() {
    }

    /** {@code academie} null: a national need (the DGESCO). The non-substitution declaration is required (422). */
    @Schema(example = RequestExamples.NEED)
    record NeedRequest(@Academie String academie, @NotBlank @Size(max = 200) String title,
                @NotBlank @Size(max = 2000) String profile, @Size(max = 20) List<@NotBlank @Size(max = 64) String> axisCodes,
                @Min(1994) @Max(2100) Integer priorityYear, @Size(max = 64) String priorityCode,
                Boolean nonSubstitutionDeclared, @Size(max = 2000) String nonSubstitutionJustification,
                @NotNull LocalDate postedOn) implements PostingNeeds.Posting {
    }

    @Schema(example = RequestExamples.CANDIDATURE)
    record CandidatureRequest(@NotBlank @Size(max = 64) String ipeId, @NotNull LocalDate submittedOn) {
    }

    /** A pre-selection or a selection, on {@code on}. */
    @Schema(example = RequestExamples.SELECTION)
    record DecisionRequest(@NotNull LocalDate on) {
    }

    @Schema(example = RequestExamples.REJECTION)
    record RejectionRequest(@NotNull LocalDate on, @NotBlank @Size(max = 2000) String reason) {
    }

    /** {@code durationMonths} 1 to 72 is a business rule of the specification (422), not a format (400). */
    @Schema(example = RequestExamples.SPECIFICATION)
    record SpecificationRequest(@NotBlank @Size(max = 4000) String objectives, @NotBlank @Size(max = 4000) String calendar,
                         @NotBlank @Size(max = 4000) String means, @NotNull Integer durationMonths,
                         @NotNull LocalDate specifiedOn) {
    }
}
