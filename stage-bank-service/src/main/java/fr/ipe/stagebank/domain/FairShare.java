package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.StageWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * How an offer's free places are shared among the needs that compete for them. Tier by tier ({@link MatchingOrder}),
 * the places are dealt ONE AT A TIME, in turn, to the needs of the tier in {@link MatchingOrder#ORDER}: each turn gives
 * a need one pupil's place in every one of its weeks the offer has, while it still has pupils to place and those weeks
 * still have a free place; a tier is served until none of its needs can take more, then the next tier. So no need of
 * a tier takes a second place while another need of the same tier that could use one has none: no school takes all of
 * an offer while another with the same standing gets nothing, unless there is a single place. Deterministic.
 */
public final class FairShare {

    /** A need's claim on the offer: the weeks of it the offer has free places in. */
    public record Claim(Demand demand, SortedSet<StageWeek> weeks) {
    }

    private FairShare() {
    }

    /** Places dealt to each need, by need id, in dealing order; needs that got nothing are absent. */
    public static Map<String, Integer> deal(SortedMap<StageWeek, Integer> free, List<Claim> claims) {
        TreeMap<StageWeek, Integer> left = new TreeMap<>(free);
        List<Claim> ordered = new ArrayList<>(claims);
        ordered.sort((a, b) -> MatchingOrder.ORDER.compare(a.demand(), b.demand()));
        Map<String, Integer> dealt = new LinkedHashMap<>();
        int from = 0;
        while (from < ordered.size()) {
            int tier = MatchingOrder.tier(ordered.get(from).demand());
            int to = from;
            while (to < ordered.size() && MatchingOrder.tier(ordered.get(to).demand()) == tier) {
                to++;
            }
            dealInTurn(left, ordered.subList(from, to), dealt);
            from = to;
        }
        return dealt;
    }

    private static void dealInTurn(TreeMap<StageWeek, Integer> left, List<Claim> tier, Map<String, Integer> dealt) {
        boolean anyTook = true;
        while (anyTook) {
            anyTook = false;
            for (Claim claim : tier) {
                int already = dealt.getOrDefault(claim.demand().needId(), 0);
                if (already < claim.demand().pupilsLeft() && !claim.weeks().isEmpty() && hasPlace(left, claim.weeks())) {
                    claim.weeks().forEach(week -> left.merge(week, -1, Integer::sum));
                    dealt.put(claim.demand().needId(), already + 1);
                    anyTook = true;
                }
            }
        }
    }

    private static boolean hasPlace(Map<StageWeek, Integer> left, SortedSet<StageWeek> weeks) {
        for (StageWeek week : weeks) {
            if (left.getOrDefault(week, 0) < 1) {
                return false;
            }
        }
        return true;
    }
}
