package fr.ipe.convention.api;

import io.swagger.v3.oas.annotations.media.Schema;
import fr.ipe.platform.bounds.Cents;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Bodies of the subsidy commands. Amounts in euro cents; {@code year} is the budget year. */
final class SubsidyRequests {

    private SubsidyRequests() {
    }

    @Schema(example = RequestExamples.NOTIFICATION)
    record Notification(@NotNull @Min(1990) @Max(2100) Integer year, @NotNull @Positive @Cents Long amountCents,
                        @NotNull LocalDate notifiedOn) {
    }

    @Schema(example = RequestExamples.PAYMENT)
    record Payment(@NotNull @Min(1990) @Max(2100) Integer year, @NotNull @Positive @Cents Long amountCents,
                   @NotNull LocalDate paidOn) {
    }

    @Schema(example = RequestExamples.SUSPENSION)
    record Suspension(@NotNull @Min(1990) @Max(2100) Integer year, @NotNull LocalDate suspendedOn,
                      @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(example = RequestExamples.RESUMPTION)
    record Resumption(@NotNull @Min(1990) @Max(2100) Integer year, @NotNull LocalDate resumedOn) {
    }

    @Schema(example = RequestExamples.REDUCTION)
    record Reduction(@NotNull @Min(1990) @Max(2100) Integer year, @NotNull @Positive @Cents Long amountCents,
                     @NotNull LocalDate reducedOn, @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(example = RequestExamples.RECLAIM)
    record Reclaim(@NotNull @Min(1990) @Max(2100) Integer year, @NotNull @Positive @Cents Long amountCents,
                   @NotNull LocalDate reclaimedOn, @NotBlank @Size(max = 1000) String reason) {
    }
}
