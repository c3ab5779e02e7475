package fr.ipe.stagebank.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of a withdrawal, a closure or a cancellation: why. */
@Schema(example = RequestExamples.WITHDRAWAL)
public record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
}
