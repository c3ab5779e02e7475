package fr.ipe.convention.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Commands on the subsidy of the national convention (art. 4 and 7). Amounts in euro cents. */
public final class SubsidyCommands {

    private SubsidyCommands() {
    }

    public record NotifySubsidy(@TargetAggregateIdentifier String conventionId, int year, long amountCents,
                                LocalDate notifiedOn, @TargetAggregateVersion Long expectedVersion) {
    }

    public record PaySubsidy(@TargetAggregateIdentifier String conventionId, int year, long amountCents,
                                        LocalDate paidOn, @TargetAggregateVersion Long expectedVersion) {
    }

    public record SuspendSubsidy(@TargetAggregateIdentifier String conventionId, int year, LocalDate suspendedOn,
                                 String reason, @TargetAggregateVersion Long expectedVersion) {
    }

    public record ResumeSubsidy(@TargetAggregateIdentifier String conventionId, int year, LocalDate resumedOn,
                                @TargetAggregateVersion Long expectedVersion) {
    }

    public record ReduceSubsidy(@TargetAggregateIdentifier String conventionId, int year, long amountCents,
                                LocalDate reducedOn, String reason, @TargetAggregateVersion Long expectedVersion) {
    }

    public record ReclaimSubsidy(@TargetAggregateIdentifier String conventionId, int year, long amountCents,
                                 LocalDate reclaimedOn, String reason, @TargetAggregateVersion Long expectedVersion) {
    }
}
