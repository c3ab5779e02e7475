package fr.ipe.convention.domain;

import fr.ipe.contracts.convention.Annex;
import fr.ipe.contracts.convention.AssociationDocument;
import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.PartyRole;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Commands of a convention's life after its signature. */
public final class LifecycleCommands {

    private LifecycleCommands() {
    }

    /** Lets every deadline up to {@code today} (business calendar) take effect, in date order. */
    public record EvaluateDeadlines(@TargetAggregateIdentifier String conventionId, LocalDate today) {
    }

    public record FileAssociationDocument(@TargetAggregateIdentifier String conventionId, int fiscalYear,
                                          AssociationDocument document, LocalDate filedOn,
                                          @TargetAggregateVersion Long expectedVersion) {
    }

    public record FileFinalEvaluation(@TargetAggregateIdentifier String conventionId, LocalDate filedOn,
                                      @TargetAggregateVersion Long expectedVersion) {
    }

    public record NotifyTermination(@TargetAggregateIdentifier String conventionId, PartyRole party,
                                    LocalDate noticeOn, String reason, @TargetAggregateVersion Long expectedVersion) {
    }

    public record WithdrawTermination(@TargetAggregateIdentifier String conventionId, LocalDate withdrawnOn,
                                      @TargetAggregateVersion Long expectedVersion) {
    }

    public record RenewConvention(@TargetAggregateIdentifier String conventionId, LocalDate renewedOn,
                                  int durationYears, long subsidyTotalCents, long annualSubsidyCents,
                                  @TargetAggregateVersion Long expectedVersion) {
    }

    /** Null fields are left unchanged; {@code objectives} is there to be refused (art. 11). */
    public record ProposeAvenant(@TargetAggregateIdentifier String conventionId, String avenantId, LocalDate proposedOn,
                                 String purpose, String objectives, LocalDate endDate, Long subsidyTotalCents,
                                 Long annualSubsidyCents, Budget budget, List<Annex> annexes,
                                 @TargetAggregateVersion Long expectedVersion) {
    }

    public record SignAvenant(@TargetAggregateIdentifier String conventionId, String avenantId, PartyRole party,
                              String signatory, LocalDate signedOn, @TargetAggregateVersion Long expectedVersion) {
    }
}
