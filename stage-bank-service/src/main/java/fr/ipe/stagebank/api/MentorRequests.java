package fr.ipe.stagebank.api;

import fr.ipe.contracts.stage.MentorStatus;
import fr.ipe.platform.bounds.Academie;
import fr.ipe.stagebank.application.RegisteringMentors;
import fr.ipe.stagebank.domain.Mentor;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the mentoring operations ("parrainage"). */
final class MentorRequests {

    private MentorRequests() {
    }

    static final String MENTOR_EXAMPLE = """
            {"academie": "aix-marseille", "reference": "IPE-PAR-2009-017", "companySiret": "55208131766522",
             "companyName": "Atelier de maintenance industrielle", "status": "RETIRED"}""";
    static final String MENTORING_EXAMPLE = """
            {"uai": "0130053M", "schoolYear": "2009-2010", "youngPeople": 4}""";

    /** A mentor by the association's reference (no name is kept, nor can the reference be one), with their company. */
    @Schema(example = MENTOR_EXAMPLE)
    record MentorRequest(
            @NotNull @Academie String academie,
            @NotBlank @Size(max = 100) @Pattern(regexp = Mentor.REFERENCE, message = "must be the association's "
                    + "reference for the mentor, such as IPE-PAR-2009-017 (capitals, digits and - . /, at least one "
                    + "digit), never a name") String reference,
            @Pattern(regexp = "[0-9]{14}", message = "must be a SIRET of 14 digits") String companySiret,
            @Size(max = 300) String companyName,
            @NotNull MentorStatus status) implements RegisteringMentors.MentorEntry {
    }

    /** How many young people of an établissement the mentor follows in a school year (replaces the previous). */
    @Schema(example = MENTORING_EXAMPLE)
    record MentoringRequest(
            @NotNull @Pattern(regexp = "[0-9]{7}[A-Z]", message = "must be a UAI: 7 digits and a letter") String uai,
            @NotNull @Pattern(regexp = "[0-9]{4}-[0-9]{4}", message = "must be a school year such as 2009-2010")
            String schoolYear,
            @NotNull @Min(0) @Max(50) Integer youngPeople) {
    }
}
