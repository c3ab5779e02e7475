package fr.ipe.convention.api;

import fr.ipe.contracts.convention.AssociationDeclaration;
import fr.ipe.contracts.convention.AssociationDocument;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.convention.application.AmendingConventions.Amendment;
import fr.ipe.convention.application.DraftTerms;
import fr.ipe.platform.bounds.Cents;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/** Bodies of the lifecycle commands. Amounts in euro cents. */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    @Schema(example = RequestExamples.DOCUMENT)
    record DocumentFiling(@NotNull @Min(1990) @Max(2100) Integer fiscalYear, @NotNull AssociationDocument document,
                          @NotNull LocalDate filedOn) {
    }

    @Schema(example = RequestExamples.EVALUATION)
    record EvaluationFiling(@NotNull LocalDate filedOn) {
    }

    @Schema(example = RequestExamples.GENERAL_ASSEMBLY)
    record GeneralAssemblyRecord(@NotNull @Min(1990) @Max(2100) Integer fiscalYear, @NotNull LocalDate heldOn) {
    }

    @Schema(example = RequestExamples.DECLARATION)
    record DeclarationCopyFiling(@NotNull AssociationDeclaration article, @NotNull LocalDate declaredOn,
                           @NotNull LocalDate filedOn) {
    }

    /** Art. 12: the notice states which article's commitment was not respected, and how. */
    @Schema(example = RequestExamples.TERMINATION_NOTICE)
    record TerminationNotice(@NotNull PartyRole party, @NotNull LocalDate noticeOn,
                             @NotNull @Min(1) @Max(12) Integer breachedArticle,
                             @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(example = RequestExamples.TERMINATION_WITHDRAWAL)
    record TerminationWithdrawal(@NotNull PartyRole party, @NotNull LocalDate withdrawnOn) {
    }

    /** Art. 10: the new convention, with its own terms, objectives, budget and annexes; the parties stay. */
    @Schema(example = RequestExamples.RENEWAL)
    record Renewal(@NotNull LocalDate renewedOn, @NotBlank @Size(max = 300) String title,
                   @NotBlank @Size(max = 4000) String objectives, @NotNull LocalDate startDate,
                   @NotNull @Min(1) @Max(10) Integer durationYears, @NotNull @Cents Long subsidyTotalCents,
                   @NotNull @Size(max = 10) List<@NotNull @Cents Long> yearlySubsidyCents,
                   MonthDay fiscalYearEnd, @Valid BudgetRequest budget,
                   @Size(max = 20) List<@Valid @NotNull AnnexRequest> annexes) {

        DraftTerms terms() {
            return new DraftTerms(title, objectives, startDate, durationYears, subsidyTotalCents, yearlySubsidyCents,
                    fiscalYearEnd, BudgetRequest.toBudget(budget), BudgetRequest.toAnnexes(annexes));
        }
    }

    /** Null fields are left as they are; {@code objectives} is refused (art. 11). */
    @Schema(example = RequestExamples.AVENANT)
    record AvenantProposal(@NotNull LocalDate proposedOn, @NotBlank @Size(max = 2000) String purpose,
                           @Size(max = 4000) String objectives, LocalDate endDate,
                           @Cents Long subsidyTotalCents,
                           @Size(max = 10) List<@NotNull @Cents Long> yearlySubsidyCents,
                           @Valid BudgetRequest budget, @Size(max = 20) List<@Valid @NotNull AnnexRequest> annexes) {

        Amendment amendment() {
            return new Amendment(proposedOn, purpose, objectives, endDate, subsidyTotalCents, yearlySubsidyCents,
                    BudgetRequest.toBudget(budget), BudgetRequest.toAnnexes(annexes));
        }
    }
}
