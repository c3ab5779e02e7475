package fr.ipe.stagebank.application;

import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.stagebank.domain.Demand;
import fr.ipe.stagebank.domain.Matching;
import fr.ipe.stagebank.domain.Supply;
import fr.ipe.stagebank.domain.Weeks;
import fr.ipe.stagebank.query.NeedView;
import fr.ipe.stagebank.query.NeedViews;
import fr.ipe.stagebank.query.OfferViews;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.springframework.stereotype.Component;

/**
 * Matching over the views: two indexed queries (the candidate offers of the need's bassin and level with a free week
 * in common, and the open needs of the bassin that compete for them), then the domain's {@link Matching}. Only the
 * weeks that have not begun on the business calendar are matched: past weeks are never proposed.
 */
@Component
public class ProposingOffers {

    /** The proposals for a need, best first. */
    public record NeedProposals(String needId, int unmet, List<Matching.Proposal> proposals) {
    }

    private final StatingNeeds needs;
    private final OfferViews offers;
    private final NeedViews needViews;
    private final BusinessClock clock;

    public ProposingOffers(StatingNeeds needs, OfferViews offers, NeedViews needViews, BusinessClock clock) {
        this.needs = needs;
        this.offers = offers;
        this.needViews = needViews;
        this.clock = clock;
    }

    /** The proposals for a need the caller may read. */
    public NeedProposals forNeed(String needId) {
        NeedView need = needs.visible(needId);
        return new NeedProposals(needId, need.unmet(), proposals(need));
    }

    private List<Matching.Proposal> proposals(NeedView need) {
        if (need.status() != NeedView.Status.OPEN || need.unmet() == 0) {
            return List.of();
        }
        LocalDate today = clock.today();
        Demand demand = need.demand();
        SortedSet<StageWeek> ahead = Weeks.ahead(demand.weeks(), today);
        if (ahead.isEmpty()) {
            return List.of();
        }
        List<Supply> candidates = offers.candidates(need.academie(), need.bassin(), need.level(), Weeks.written(ahead))
                .stream().map(offer -> offer.supply().ahead(today)).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Demand> competing = needViews.openIn(need.academie(), need.bassin()).stream().map(NeedView::demand)
                .toList();
        return Matching.proposals(demand, candidates, competing);
    }
}
