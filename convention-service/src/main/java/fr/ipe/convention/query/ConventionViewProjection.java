package fr.ipe.convention.query;

import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionSigned;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code convention_view} up to date. A subscribing processor: it runs in the command's own transaction, so the
 * view a command answers with is already the new one.
 */
@Component
@ProcessingGroup("convention-view")
public class ConventionViewProjection {

    private final ConventionViews views;

    public ConventionViewProjection(ConventionViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ConventionDrafted e, @SequenceNumber long version) {
        views.save(new ConventionView(e.conventionId(), e.kind(), e.title(), e.academie(), e.parties(), e.startDate(),
                e.durationYears(), e.endDate(), e.subsidyTotalCents(), e.annualSubsidyCents(),
                ConventionView.ConventionStatus.DRAFTED, List.of(), null, version));
    }

    @EventHandler
    void on(ConventionPartySigned e, @SequenceNumber long version) {
        views.save(current(e.conventionId())
                .withSignature(new ConventionView.Signature(e.party(), e.signatory(), e.signedOn()), version));
    }

    @EventHandler
    void on(ConventionSigned e, @SequenceNumber long version) {
        views.save(current(e.conventionId()).signed(e.signedOn(), version));
    }

    private ConventionView current(String conventionId) {
        return views.find(conventionId).orElseThrow(() ->
                new IllegalStateException("convention " + conventionId + " has events but no view"));
    }
}
