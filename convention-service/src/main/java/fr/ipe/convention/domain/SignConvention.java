package fr.ipe.convention.domain;

import fr.ipe.contracts.convention.PartyRole;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** One party signs. {@code expectedVersion} (from If-Match) is checked when present. */
public record SignConvention(
        @TargetAggregateIdentifier String conventionId,
        PartyRole party,
        String signatory,
        LocalDate signedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
