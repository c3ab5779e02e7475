package fr.ipe.mission.api;

import fr.ipe.contracts.mission.NationalPriority;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the reference-data commands. */
final class ReferenceRequests {

    private ReferenceRequests() {
    }

    @Schema(example = RequestExamples.COMPANY)
    record CompanyRequest(@NotBlank @Size(max = 14) String siret, @NotBlank @Size(max = 200) String name,
                   @NotNull LocalDate registeredOn) {
    }

    /** {@code account} is the username (Keycloak {@code preferred_username}) of the IPE's own token. */
    @Schema(example = RequestExamples.IPE)
    record IpeRequest(@NotBlank @Size(max = 14) String companySiret, @NotBlank @Size(max = 200) String name,
               @NotBlank @Size(max = 200) String contact, @Size(max = 200) String account,
               @NotNull LocalDate registeredOn) {
    }

    record PriorityRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String code,
                    @NotBlank @Size(max = 200) String title) {
        NationalPriority toPriority() {
            return new NationalPriority(code, title.strip());
        }
    }

    @Schema(example = RequestExamples.PRIORITIES)
    record PrioritiesRequest(@NotNull @Min(1994) @Max(2100) Integer year, @NotNull LocalDate proposedOn,
                      @NotNull LocalDate adoptedOn, @NotEmpty @Size(max = 30) List<@NotNull @Valid PriorityRequest> priorities) {
    }
}
