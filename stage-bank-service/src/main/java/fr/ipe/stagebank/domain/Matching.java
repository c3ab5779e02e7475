package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.StageWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The proposals for one need: every offer of its bassin for its level with free places in some of its weeks, with the
 * share of the offer's places {@link FairShare} deals the need among all the open needs competing for that offer.
 * Offers whose share for the need is nil are not proposed. Proposals come best first: most of the need's weeks
 * covered, then most places, then offer id (deterministic). Each says why it was made.
 */
public final class Matching {

    /** One proposal: {@code places} places of offer {@code offerId} in {@code weeks}, and the reasons. */
    public record Proposal(String offerId, List<String> weeks, int places, List<String> reasons) {
    }

    private static final Comparator<Proposal> BEST_FIRST = Comparator
            .comparingInt((Proposal p) -> -p.weeks().size())
            .thenComparingInt(p -> -p.places())
            .thenComparing(Proposal::offerId);

    private Matching() {
    }

    /**
     * @param need the need to find places for
     * @param offers candidate offers (others are ignored: {@link Supply#serves})
     * @param openNeeds every open need of the bassin, {@code need} included or not
     */
    public static List<Proposal> proposals(Demand need, List<Supply> offers, List<Demand> openNeeds) {
        List<Proposal> proposals = new ArrayList<>();
        if (need.pupilsLeft() == 0) {
            return proposals;
        }
        for (Supply offer : offers) {
            if (!offer.serves(need)) {
                continue;
            }
            List<FairShare.Claim> claims = new ArrayList<>();
            claims.add(new FairShare.Claim(need, offer.freeWeeksOf(need)));
            for (Demand other : openNeeds) {
                if (!other.needId().equals(need.needId()) && other.pupilsLeft() > 0 && offer.serves(other)) {
                    claims.add(new FairShare.Claim(other, offer.freeWeeksOf(other)));
                }
            }
            Map<String, Integer> dealt = FairShare.deal(offer.free(), claims);
            int share = dealt.getOrDefault(need.needId(), 0);
            if (share > 0) {
                SortedSet<StageWeek> weeks = offer.freeWeeksOf(need);
                proposals.add(new Proposal(offer.offerId(), Weeks.written(weeks), share,
                        reasons(need, offer, weeks, share, claims.size())));
            }
        }
        proposals.sort(BEST_FIRST);
        return proposals;
    }

    private static List<String> reasons(Demand need, Supply offer, SortedSet<StageWeek> weeks, int share,
                                        int competing) {
        List<String> reasons = new ArrayList<>();
        reasons.add("weeks " + weeks.stream().map(StageWeek::toString).collect(Collectors.joining(", ")) + " ("
                + weeks.size() + " of the need's " + need.weeks().size() + ") have free places");
        reasons.add("level " + need.level() + " is one the offer takes; same bassin " + offer.bassin());
        reasons.add(need.priorityEtablissement()
                ? "priority établissement (" + need.priorities().stream().map(Enum::name)
                        .collect(Collectors.joining(", ")) + ")"
                : "not a priority établissement");
        reasons.add("matching order: " + MatchingOrder.describeTier(MatchingOrder.tier(need)));
        reasons.add("fair share: " + share + " place(s) for this need, the offer's places dealt one at a time in turn "
                + "among " + competing + " competing need(s)");
        return reasons;
    }
}
