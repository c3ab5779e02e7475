package fr.ipe.stagebank.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Commands of a company's commitment of Objectif stages (the "contrat de confiance"). */
public final class CommitmentCommands {

    private CommitmentCommands() {
    }

    /** {@code bassin} null: the whole académie. {@code schoolYear} written 2009-2010. */
    public record CommitCompany(@TargetAggregateIdentifier String commitmentId, String academie, String bassin,
                                String companySiret, String companyName, int trainees, String schoolYear,
                                LocalDate committedOn) {
    }

    public record RenewCommitment(@TargetAggregateIdentifier String commitmentId, String schoolYear, int trainees,
                                  LocalDate renewedOn, @TargetAggregateVersion Long expectedVersion) {
    }

    public record DeclineRenewal(@TargetAggregateIdentifier String commitmentId, String schoolYear, String reason,
                                 LocalDate declinedOn, @TargetAggregateVersion Long expectedVersion) {
    }
}
