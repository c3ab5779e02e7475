package fr.ipe.stagebank.api;

import fr.ipe.platform.bounds.Academie;
import fr.ipe.stagebank.application.CommittingCompanies;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the commitments' operations (Objectif stages' contract of trust). */
final class CommitmentRequests {

    private CommitmentRequests() {
    }

    static final String COMMITMENT_EXAMPLE = """
            {"academie": "aix-marseille", "bassin": "marseille-nord", "companySiret": "55208131766522",
             "companyName": "Atelier de maintenance industrielle", "trainees": 6, "schoolYear": "2009-2010"}""";
    static final String RENEWAL_EXAMPLE = """
            {"schoolYear": "2010-2011", "trainees": 8}""";
    static final String DECLINE_EXAMPLE = """
            {"schoolYear": "2011-2012", "reason": "Stagiaires non préparés à l'accueil en entreprise"}""";

    /** {@code bassin} absent: the whole académie. */
    @Schema(example = COMMITMENT_EXAMPLE)
    record CommitmentRequest(
            @NotNull @Academie String academie,
            @Size(max = 100) String bassin,
            @NotNull @Pattern(regexp = "[0-9]{14}", message = "must be a SIRET of 14 digits") String companySiret,
            @NotBlank @Size(max = 300) String companyName,
            @NotNull @Min(1) @Max(500) Integer trainees,
            @NotNull @Pattern(regexp = "[0-9]{4}-[0-9]{4}", message = "must be a school year such as 2009-2010")
            String schoolYear) implements CommittingCompanies.CommitmentTerms {
    }

    @Schema(example = RENEWAL_EXAMPLE)
    record RenewalRequest(
            @NotNull @Pattern(regexp = "[0-9]{4}-[0-9]{4}", message = "must be a school year such as 2010-2011")
            String schoolYear,
            @NotNull @Min(1) @Max(500) Integer trainees) {
    }

    @Schema(example = DECLINE_EXAMPLE)
    record DeclineRequest(
            @NotNull @Pattern(regexp = "[0-9]{4}-[0-9]{4}", message = "must be a school year such as 2011-2012")
            String schoolYear,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
