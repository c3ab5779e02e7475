package fr.ipe.stagebank.api;

import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.platform.bounds.Academie;
import fr.ipe.stagebank.application.PublishingOffers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/stage-bank/offers}: weeks are ISO weeks ({@code 2026-W10}), not necessarily contiguous. */
@Schema(example = RequestExamples.OFFER)
public record OfferRequest(
        @NotNull @Academie String academie,
        @NotBlank @Size(max = 100) String bassin,
        @NotNull @Pattern(regexp = "[0-9]{14}", message = "must be a SIRET of 14 digits") String companySiret,
        @NotBlank @Size(max = 300) String companyName,
        @NotBlank @Size(max = 200) String sector,
        @NotBlank @Size(max = 200) String trade,
        @NotEmpty @Size(max = 7) List<@NotNull StageLevel> levels,
        @NotNull @Min(1) @Max(500) Integer placesPerWeek,
        @NotEmpty @Size(max = 53) List<@NotNull @Pattern(regexp = "[0-9]{4}-W[0-9]{2}",
                message = "must be an ISO week such as 2026-W10") String> weeks,
        @Size(max = 2000) String conditions) implements PublishingOffers.OfferTerms {
}
