package fr.ipe.convention.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An annex of a convention. */
public record AnnexRequest(@NotNull @Min(1) @Max(20) Integer number, @NotBlank @Size(max = 300) String title,
                           @Size(max = 4000) String summary) {
}
