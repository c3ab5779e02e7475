package fr.ipe.convention.api;

import fr.ipe.contracts.convention.PartyRole;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of {@code POST /api/conventions/{id}/signatures}. */
@Schema(example = RequestExamples.SIGNATURE)
public record SignatureRequest(
        @NotNull PartyRole party,
        @NotBlank @Size(max = 200) String signatory,
        @NotNull LocalDate signedOn) {
}
