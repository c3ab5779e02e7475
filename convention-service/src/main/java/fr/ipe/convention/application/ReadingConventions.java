package fr.ipe.convention.application;

import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionStatus;
import fr.ipe.convention.domain.AssociationDuties;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.convention.query.ConventionViewRepository;
import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.platform.web.Page;
import fr.ipe.platform.web.ResourceNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Conventions as their readers see them: one convention if the caller's académie reaches it (the conventions of no
 * académie are everyone's), a page of those it reaches, the provisional budget, and the association's duties on
 * today's business date.
 */
@Component
public class ReadingConventions {

    private final ExistingAggregates<ConventionView> conventions;
    private final ConventionViewRepository views;
    private final ConventionAccess access;
    private final BusinessClock clock;

    public ReadingConventions(ExistingAggregates<ConventionView> conventions, ConventionViewRepository views,
                              ConventionAccess access, BusinessClock clock) {
        this.conventions = conventions;
        this.views = views;
        this.access = access;
        this.clock = clock;
    }

    public ConventionView visible(String conventionId) {
        return conventions.visible(conventionId, access::requireRead);
    }

    /** Conventions by kind, académie, status and party, after the cursor {@code after}. */
    public Page<ConventionView> page(ConventionKind kind, String academie, ConventionStatus status, String party,
                                     String after, int limit) {
        return Page.of(views.page(kind, academie, status, party, access.listedAcademie(academie), after, limit), limit,
                ConventionView::conventionId);
    }

    /** The current terms' annex 2; 404 when they have none. */
    public Budget budget(String conventionId) {
        Budget budget = visible(conventionId).terms().budget();
        if (budget == null) {
            throw new ResourceNotFoundException("budget of convention", conventionId);
        }
        return budget;
    }

    /** The association's duties, each with its standing on today's business date (art. 2, 5, 6, 9). */
    public AssociationDuties.Report obligations(String conventionId) {
        return visible(conventionId).duties().asOf(clock.today());
    }
}
