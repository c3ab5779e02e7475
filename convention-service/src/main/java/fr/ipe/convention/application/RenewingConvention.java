package fr.ipe.convention.application;

import fr.ipe.convention.domain.LifecycleCommands.RenewConvention;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Art. 10: "la conclusion éventuelle d'une nouvelle convention". A rule across two aggregates: the convention renewed
 * records its successor (its own rules: the national convention, not ended, its final evaluation filed, not renewed
 * yet, the successor starting after it ends), and the successor is drafted with its own terms (the drafting rules),
 * the same kind, académie and parties, linked back to it. Both commands run in this use case's one transaction: either
 * both conventions change, or neither does, and no one ever reads a convention renewed by one that does not exist.
 */
@Component
public class RenewingConvention {

    private final ExistingAggregates<ConventionView> conventions;
    private final ConventionAccess access;
    private final TransactionTemplate transactions;

    public RenewingConvention(ExistingAggregates<ConventionView> conventions, ConventionAccess access,
                              TransactionTemplate transactions) {
        this.conventions = conventions;
        this.access = access;
        this.transactions = transactions;
    }

    /** Concludes the convention that follows {@code conventionId}; answers it, drafted and awaiting its signatures. */
    public ConventionView renew(String conventionId, Long expectedVersion, LocalDate renewedOn, DraftTerms terms) {
        String successorId = UUID.randomUUID().toString();
        return transactions.execute(transaction -> {
            ConventionView renewed = conventions.send(conventionId, expectedVersion, access::requireManage,
                    version -> new RenewConvention(conventionId, successorId, renewedOn, terms.startDate(), version));
            return conventions.create(successorId, terms.draft(successorId, renewed.kind(), renewed.academie(),
                    renewed.parties(), renewed.fiscalYearEnd(), conventionId));
        });
    }
}
