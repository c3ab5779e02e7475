package fr.ipe.convention.application;

import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.convention.domain.LifecycleCommands.NotifyTermination;
import fr.ipe.convention.domain.LifecycleCommands.WithdrawTermination;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Art. 12: a party that did not respect its commitments is given formal notice, which ends the convention three months
 * later unless the party that gave it withdraws it. The association gives notice in its own name; the ministry records
 * either party's, and a rectorat its académie's conventions'.
 */
@Component
public class TerminatingConventions {

    private final ExistingAggregates<ConventionView> conventions;
    private final ConventionAccess access;

    public TerminatingConventions(ExistingAggregates<ConventionView> conventions, ConventionAccess access) {
        this.conventions = conventions;
        this.access = access;
    }

    public ConventionView giveNotice(String conventionId, Long expectedVersion, PartyRole party, LocalDate noticeOn,
                                     int breachedArticle, String reason) {
        access.requireActingAs(party);
        return conventions.send(conventionId, expectedVersion, access::requireAssociationOrManage,
                version -> new NotifyTermination(conventionId, party, noticeOn, breachedArticle, reason, version));
    }

    public ConventionView withdrawNotice(String conventionId, Long expectedVersion, PartyRole party,
                                         LocalDate withdrawnOn) {
        access.requireActingAs(party);
        return conventions.send(conventionId, expectedVersion, access::requireAssociationOrManage,
                version -> new WithdrawTermination(conventionId, party, withdrawnOn, version));
    }
}
