package fr.ipe.convention.api;

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

    record Notification(@NotNull @Min(1990) @Max(2100) Integer year, @NotNull @Positive @Cents Long amountCents,
                        @NotNull LocalDate notifiedOn) {
    }

    record Payment(@NotNull @Min(1990) @Max(2100) Integer year, @NotNull @Positive @Cents Long amountCents,
                   @NotNull LocalDate paidOn) {
    }

    record Suspension(@NotNull @Min(1990) @Max(2100) Integer year, @NotNull LocalDate suspendedOn,
                      @NotBlank @Size(max = 1000) String reason) {
    }

    record Resumption(@NotNull @Min(1990) @Max(2100) Integer year, @NotNull LocalDate resumedOn) {
    }

    record Reduction(@NotNull @Min(1990) @Max(2100) Integer year, @NotNull @Positive @Cents Long amountCents,
                     @NotNull LocalDate reducedOn, @NotBlank @Size(max = 1000) String reason) {
    }

    record Reclaim(@NotNull @Min(1990) @Max(2100) Integer year, @NotNull @Positive @Cents Long amountCents,
                   @NotNull LocalDate reclaimedOn, @NotBlank @Size(max = 1000) String reason) {
    }
}
