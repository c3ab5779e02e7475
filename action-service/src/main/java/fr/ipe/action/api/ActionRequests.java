package fr.ipe.action.api;

import fr.ipe.action.application.CorrectingActions;
import fr.ipe.action.application.PlanningActions;
import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.contracts.action.ActionPartners;
import fr.ipe.platform.bounds.Academie;
import fr.ipe.platform.bounds.Count;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the action commands. Counts are whole numbers within the platform's bounds. */
final class ActionRequests {

    static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private ActionRequests() {
    }

    /** Named partners: établissements by UAI, companies by SIRET, professional organisations by name. */
    @Schema(example = RequestExamples.PARTNERS)
    record Partners(
            @Size(max = 500) List<@NotNull @Size(max = 8) String> etablissementUais,
            @Size(max = 500) List<@NotNull @Size(max = 14) String> companySirets,
            @Size(max = 100) List<@NotBlank @Size(max = 200) String> professionalOrganisations) {

        static ActionPartners toPartners(Partners partners) {
            return partners == null ? ActionPartners.NONE : new ActionPartners(partners.etablissementUais,
                    partners.companySirets, partners.professionalOrganisations == null ? null
                    : partners.professionalOrganisations.stream().map(String::strip).toList());
        }
    }

    @Schema(example = RequestExamples.FIGURES)
    record Figures(@NotNull @Count Long etablissements, @NotNull @Count Long girls, @NotNull @Count Long boys,
                   @NotNull @Count Long staffWomen, @NotNull @Count Long staffMen, @NotNull @Count Long companies,
                   @NotNull @Count Long professionalOrganisations) {

        ActionFigures toFigures() {
            return new ActionFigures(etablissements, girls, boys, staffWomen, staffMen, companies,
                    professionalOrganisations);
        }
    }

    /** {@code academie} absent: an action at the national level (the DGESCO). */
    @Schema(example = RequestExamples.PLAN)
    record Plan(
            @Academie String academie,
            @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = ID, message = "must be an IPE id") String> ipeIds,
            @NotBlank @Size(max = 64) String theme,
            @NotBlank @Size(max = 300) String title,
            @NotNull LocalDate firstDay,
            @NotNull LocalDate lastDay,
            @NotNull LocalDate plannedOn,
            @Valid Partners partners,
            @Pattern(regexp = ID, message = "must be a convention id") String conventionId)
            implements PlanningActions.ActionPlan {

        @Override
        public ActionPartners namedPartners() {
            return Partners.toPartners(partners);
        }
    }

    @Schema(example = RequestExamples.REPORT)
    record Report(@NotNull LocalDate reportedOn, @NotNull @Valid Figures figures) {
    }

    @Schema(example = RequestExamples.VALIDATION)
    record Validation(@NotNull LocalDate validatedOn) {
    }

    @Schema(example = RequestExamples.CORRECTION)
    record CorrectionRequest(@NotBlank @Size(max = 64) String theme, @NotNull LocalDate firstDay,
                             @NotNull LocalDate lastDay, @Valid Partners partners, @NotNull @Valid Figures figures,
                             @NotBlank @Size(max = 2000) String reason, @NotNull LocalDate correctedOn)
            implements CorrectingActions.Correction {

        @Override
        public ActionPartners namedPartners() {
            return Partners.toPartners(partners);
        }

        @Override
        public ActionFigures correctedFigures() {
            return figures.toFigures();
        }
    }

    @Schema(example = RequestExamples.CANCELLATION)
    record CancellationRequest(@NotBlank @Size(max = 2000) String reason, @NotNull LocalDate cancelledOn) {
    }
}
