package fr.ipe.convention.application;

import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.convention.domain.SignConvention;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A convention concluded: drafted by whoever will manage it (the ministry for the national convention and the
 * conventions of no académie, the académie's rectorat for the others), then signed by each of its parties; signed by
 * all, it comes into force on its start date. The drafting rules are the aggregate's ({@code DraftingRules}).
 */
@Component
public class ConcludingConventions {

    private final ExistingAggregates<ConventionView> conventions;
    private final ConventionAccess access;

    public ConcludingConventions(ExistingAggregates<ConventionView> conventions, ConventionAccess access) {
        this.conventions = conventions;
        this.access = access;
    }

    public ConventionView draft(ConventionKind kind, String academie, List<Party> parties, DraftTerms terms) {
        access.requireManage(kind, academie);
        String conventionId = UUID.randomUUID().toString();
        return conventions.create(conventionId, terms.draft(conventionId, kind, academie, parties, null, null));
    }

    /** A party's signature; the rectorat or the ministry records it, as it manages the convention. */
    public ConventionView sign(String conventionId, Long expectedVersion, PartyRole party, String signatory,
                               LocalDate signedOn) {
        return conventions.send(conventionId, expectedVersion, access::requireManage,
                version -> new SignConvention(conventionId, party, signatory, signedOn, version));
    }
}
