package fr.ipe.convention.application;

import fr.ipe.convention.domain.SubsidyCommands.NotifySubsidy;
import fr.ipe.convention.domain.SubsidyCommands.PaySubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ReclaimSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ReduceSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ResumeSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.SuspendSubsidy;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The State subsidy of the national convention, as the ministry pays it: each year's amount notified, then paid in a
 * single payment while no document of article 5 is overdue (art. 4, 5); and the sanctions of article 7
 * (non-execution, significant delay, unapproved substantial change): a year's payments suspended then resumed, its
 * unpaid part reduced, what was paid claimed back. The ledger's rules are the aggregate's ({@code NationalSubsidy}).
 * Amounts in euro cents; {@code year} is the budget year.
 */
@Component
public class PayingSubsidy {

    private final ExistingAggregates<ConventionView> conventions;
    private final ConventionAccess access;

    public PayingSubsidy(ExistingAggregates<ConventionView> conventions, ConventionAccess access) {
        this.conventions = conventions;
        this.access = access;
    }

    public ConventionView notify(String conventionId, Long expectedVersion, int year, long amountCents,
                                 LocalDate notifiedOn) {
        return conventions.send(conventionId, expectedVersion, access::requireManage,
                version -> new NotifySubsidy(conventionId, year, amountCents, notifiedOn, version));
    }

    public ConventionView pay(String conventionId, Long expectedVersion, int year, long amountCents, LocalDate paidOn) {
        return conventions.send(conventionId, expectedVersion, access::requireManage,
                version -> new PaySubsidy(conventionId, year, amountCents, paidOn, version));
    }

    public ConventionView suspend(String conventionId, Long expectedVersion, int year, LocalDate suspendedOn,
                                  String reason) {
        return conventions.send(conventionId, expectedVersion, access::requireManage,
                version -> new SuspendSubsidy(conventionId, year, suspendedOn, reason, version));
    }

    public ConventionView resume(String conventionId, Long expectedVersion, int year, LocalDate resumedOn) {
        return conventions.send(conventionId, expectedVersion, access::requireManage,
                version -> new ResumeSubsidy(conventionId, year, resumedOn, version));
    }

    public ConventionView reduce(String conventionId, Long expectedVersion, int year, long amountCents,
                                 LocalDate reducedOn, String reason) {
        return conventions.send(conventionId, expectedVersion, access::requireManage,
                version -> new ReduceSubsidy(conventionId, year, amountCents, reducedOn, reason, version));
    }

    public ConventionView reclaim(String conventionId, Long expectedVersion, int year, long amountCents,
                                  LocalDate reclaimedOn, String reason) {
        return conventions.send(conventionId, expectedVersion, access::requireManage,
                version -> new ReclaimSubsidy(conventionId, year, amountCents, reclaimedOn, reason, version));
    }
}
