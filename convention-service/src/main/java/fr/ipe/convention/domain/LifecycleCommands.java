package fr.ipe.convention.domain;

import fr.ipe.contracts.convention.Annex;
import fr.ipe.contracts.convention.AssociationDeclaration;
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

    /** The association's general assembly approving a fiscal year was held (art. 2). */
    public record RecordGeneralAssembly(@TargetAggregateIdentifier String conventionId, int fiscalYear,
                                        LocalDate heldOn, @TargetAggregateVersion Long expectedVersion) {
    }

    /** The association sent the copy of a declaration of the decree of 16 August 1901 (art. 6). */
    public record FileDeclarationCopy(@TargetAggregateIdentifier String conventionId, AssociationDeclaration declaration,
                                      LocalDate declaredOn, LocalDate filedOn,
                                      @TargetAggregateVersion Long expectedVersion) {
    }

    public record FileFinalEvaluation(@TargetAggregateIdentifier String conventionId, LocalDate filedOn,
                                      @TargetAggregateVersion Long expectedVersion) {
    }

    /** Art. 12: {@code breachedArticle} is the article whose commitment the other party did not respect. */
    public record NotifyTermination(@TargetAggregateIdentifier String conventionId, PartyRole party,
                                    LocalDate noticeOn, int breachedArticle, String reason,
                                    @TargetAggregateVersion Long expectedVersion) {
    }

    public record WithdrawTermination(@TargetAggregateIdentifier String conventionId, PartyRole party,
                                      LocalDate withdrawnOn, @TargetAggregateVersion Long expectedVersion) {
    }

    /** Art. 10: a new convention, {@code successorId}, follows this one from {@code successorStartDate}. */
    public record RenewConvention(@TargetAggregateIdentifier String conventionId, String successorId,
                                  LocalDate renewedOn, LocalDate successorStartDate,
                                  @TargetAggregateVersion Long expectedVersion) {
    }

    /** Null fields are left unchanged; {@code objectives} is there to be refused (art. 11). */
    public record ProposeAvenant(@TargetAggregateIdentifier String conventionId, String avenantId, LocalDate proposedOn,
                                 String purpose, String objectives, LocalDate endDate, Long subsidyTotalCents,
                                 List<Long> yearlySubsidyCents, Budget budget, List<Annex> annexes,
                                 @TargetAggregateVersion Long expectedVersion) {
    }

    public record SignAvenant(@TargetAggregateIdentifier String conventionId, String avenantId, PartyRole party,
                              String signatory, LocalDate signedOn, @TargetAggregateVersion Long expectedVersion) {
    }
}
