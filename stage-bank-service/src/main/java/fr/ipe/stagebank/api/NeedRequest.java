package fr.ipe.stagebank.api;

import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.stagebank.application.StatingNeeds;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/stage-bank/needs}: how many pupils of a level need a stage in which ISO weeks. */
@Schema(example = RequestExamples.NEED)
public record NeedRequest(
        @NotNull @Pattern(regexp = "[0-9]{7}[A-Z]", message = "must be a UAI: 7 digits and a letter") String uai,
        @NotNull StageLevel level,
        @Size(max = 200) String speciality,
        @NotNull @Min(1) @Max(400) Integer pupils,
        @NotEmpty @Size(max = 53) List<@NotNull @Pattern(regexp = "[0-9]{4}-W[0-9]{2}",
                message = "must be an ISO week such as 2026-W10") String> weeks,
        @Size(max = 4000) String objectives) implements StatingNeeds.NeedStatement {
}
