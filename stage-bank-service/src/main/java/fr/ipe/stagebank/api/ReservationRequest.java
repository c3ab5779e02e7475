package fr.ipe.stagebank.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/stage-bank/offers/{offerId}/placements}: places for a need, in each of the weeks. */
@Schema(example = RequestExamples.RESERVATION)
public record ReservationRequest(
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9-]+", message = "must be a need id")
        String needId,
        @NotNull @Min(1) @Max(400) Integer places,
        @NotEmpty @Size(max = 53) List<@NotNull @Pattern(regexp = "[0-9]{4}-W[0-9]{2}",
                message = "must be an ISO week such as 2026-W10") String> weeks) {
}
