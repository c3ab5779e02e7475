package fr.ipe.convention.api;

import fr.ipe.convention.domain.DraftConvention;
import fr.ipe.convention.domain.LifecycleCommands.RenewConvention;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.platform.web.Versions;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Art. 10: "la conclusion éventuelle d'une nouvelle convention". The convention that is renewed records its successor
 * (refused unless its final evaluation was filed), and the successor is drafted with its own terms, linked back to it.
 * Both commands run in one transaction: either both conventions change, or neither does.
 */
@Component
class ConventionRenewals {

    private final CommandGateway commands;
    private final ExistingConventions conventions;
    private final ConventionAccess access;
    private final TransactionTemplate transaction;

    ConventionRenewals(CommandGateway commands, ExistingConventions conventions, ConventionAccess access,
                       TransactionTemplate transaction) {
        this.commands = commands;
        this.conventions = conventions;
        this.access = access;
        this.transaction = transaction;
    }

    ConventionView renew(ConventionView renewed, String ifMatch, LifecycleRequests.Renewal body) {
        access.requireManage(renewed.kind(), renewed.academie());
        String successorId = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new RenewConvention(renewed.conventionId(), successorId, body.renewedOn(),
                    body.startDate(), Versions.expected(ifMatch)));
            commands.sendAndWait(new DraftConvention(successorId, renewed.kind(), body.title(), body.objectives(),
                    renewed.academie(), renewed.parties(), body.startDate(), body.durationYears(),
                    body.subsidyTotalCents(), body.yearlySubsidyCents(),
                    body.fiscalYearEnd() == null ? renewed.fiscalYearEnd() : body.fiscalYearEnd(),
                    BudgetRequest.toBudget(body.budget()), BudgetRequest.toAnnexes(body.annexes()),
                    renewed.conventionId()));
        });
        return conventions.found(successorId);
    }
}
