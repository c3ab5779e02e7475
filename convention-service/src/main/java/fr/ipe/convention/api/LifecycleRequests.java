package fr.ipe.convention.api;

import fr.ipe.contracts.convention.AssociationDocument;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.platform.bounds.Cents;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the lifecycle commands. Amounts in euro cents. */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    record DocumentFiling(@NotNull @Min(1990) @Max(2100) Integer fiscalYear, @NotNull AssociationDocument document,
                          @NotNull LocalDate filedOn) {
    }

    record EvaluationFiling(@NotNull LocalDate filedOn) {
    }

    record TerminationNotice(@NotNull PartyRole party, @NotNull LocalDate noticeOn,
                             @NotBlank @Size(max = 2000) String reason) {
    }

    record TerminationWithdrawal(@NotNull LocalDate withdrawnOn) {
    }

    record Renewal(@NotNull LocalDate renewedOn, @NotNull @Min(1) @Max(10) Integer durationYears,
                   @NotNull @Cents Long subsidyTotalCents, @NotNull @Cents Long annualSubsidyCents) {
    }

    /** Null fields are left as they are; {@code objectives} is refused (art. 11). */
    record AvenantProposal(@NotNull LocalDate proposedOn, @NotBlank @Size(max = 2000) String purpose,
                           @Size(max = 4000) String objectives, LocalDate endDate,
                           @Cents Long subsidyTotalCents, @Cents Long annualSubsidyCents,
                           @Valid BudgetRequest budget, @Size(max = 20) List<@Valid @NotNull AnnexRequest> annexes) {
    }
}
