package fr.ipe.convention.application;

import fr.ipe.contracts.convention.Annex;
import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.convention.domain.LifecycleCommands.ProposeAvenant;
import fr.ipe.convention.domain.LifecycleCommands.SignAvenant;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Art. 11: any change of a convention's terms is an avenant, proposed by whoever manages the convention and signed by
 * every party; signed by all, its terms are the convention's. What it may change is the aggregate's rule
 * ({@code Avenants}): never the objectives nor annex 1.
 */
@Component
public class AmendingConventions {

    /** What an avenant changes; a null field is left as it is, and {@code objectives} is there to be refused. */
    public record Amendment(LocalDate proposedOn, String purpose, String objectives, LocalDate endDate,
                            Long subsidyTotalCents, List<Long> yearlySubsidyCents, Budget budget,
                            List<Annex> annexes) {
    }

    /** The avenant proposed, and the convention that awaits its signatures. */
    public record Proposed(String avenantId, ConventionView convention) {
    }

    private final ExistingAggregates<ConventionView> conventions;
    private final ConventionAccess access;

    public AmendingConventions(ExistingAggregates<ConventionView> conventions, ConventionAccess access) {
        this.conventions = conventions;
        this.access = access;
    }

    public Proposed propose(String conventionId, Long expectedVersion, Amendment amendment) {
        String avenantId = UUID.randomUUID().toString();
        ConventionView convention = conventions.send(conventionId, expectedVersion, access::requireManage,
                version -> new ProposeAvenant(conventionId, avenantId, amendment.proposedOn(), amendment.purpose(),
                        amendment.objectives(), amendment.endDate(), amendment.subsidyTotalCents(),
                        amendment.yearlySubsidyCents(), amendment.budget(), amendment.annexes(), version));
        return new Proposed(avenantId, convention);
    }

    public ConventionView sign(String conventionId, String avenantId, Long expectedVersion, PartyRole party,
                               String signatory, LocalDate signedOn) {
        return conventions.send(conventionId, expectedVersion, access::requireManage,
                version -> new SignAvenant(conventionId, avenantId, party, signatory, signedOn, version));
    }
}
