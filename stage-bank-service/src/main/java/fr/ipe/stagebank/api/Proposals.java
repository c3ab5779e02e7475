package fr.ipe.stagebank.api;

import fr.ipe.stagebank.domain.Demand;
import fr.ipe.stagebank.domain.Matching;
import fr.ipe.stagebank.domain.Supply;
import fr.ipe.stagebank.query.NeedView;
import fr.ipe.stagebank.query.NeedViews;
import fr.ipe.stagebank.query.OfferView;
import fr.ipe.stagebank.query.OfferViews;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Matching over the views: two indexed queries (the candidate offers of the need's bassin and level with a free week
 * in common, and the open needs of the bassin that compete for them), then the domain's {@link Matching}.
 */
@Component
class Proposals {

    private final OfferViews offers;
    private final NeedViews needs;

    Proposals(OfferViews offers, NeedViews needs) {
        this.offers = offers;
        this.needs = needs;
    }

    List<Matching.Proposal> of(NeedView need) {
        if (need.status() != NeedView.Status.OPEN || need.unmet() == 0) {
            return List.of();
        }
        List<Supply> candidates = offers.candidates(need.academie(), need.bassin(), need.level(), need.weeks())
                .stream().map(OfferView::supply).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Demand> competing = needs.openIn(need.academie(), need.bassin()).stream().map(NeedView::demand).toList();
        return Matching.proposals(need.demand(), candidates, competing);
    }
}
