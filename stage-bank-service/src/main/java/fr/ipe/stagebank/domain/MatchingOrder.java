package fr.ipe.stagebank.domain;

import java.util.Comparator;

/**
 * Which need is served first when needs compete for an offer's places (cahier des charges of the académie stage bank,
 * 2008): the établissements of priority sites first ("Espoir banlieues", "Objectif stages", académie priorities,
 * REP/REP+/QPV), then, at equal standing, the exam-assessed vocational stages (CAP to BTS) and the 3e découverte
 * professionnelle. Within a tier, the need the bank has served least so far (placed / pupils) comes first, then the
 * need stated first (to the instant, not the day: two needs of one day keep the order they came in), then the need
 * id: the order is total, so the same state always gives the same order.
 */
public final class MatchingOrder {

    /** The order described above. */
    public static final Comparator<Demand> ORDER = Comparator.comparingInt(MatchingOrder::tier)
            .thenComparing(MatchingOrder::lessServedFirst)
            .thenComparing(Demand::statedAt)
            .thenComparing(Demand::needId);

    private MatchingOrder() {
    }

    /** 0: priority établissement and favoured level; 1: priority; 2: favoured level; 3: the others. */
    public static int tier(Demand demand) {
        return (demand.priorityEtablissement() ? 0 : 2) + (demand.level().favoured() ? 0 : 1);
    }

    /** placed/pupils ascending, compared exactly by cross-multiplication. */
    private static int lessServedFirst(Demand a, Demand b) {
        return Long.compare((long) a.placed() * b.pupils(), (long) b.placed() * a.pupils());
    }

    static String describeTier(int tier) {
        return switch (tier) {
            case 0 -> "priority établissement, exam-assessed vocational stage or 3e découverte professionnelle (first tier)";
            case 1 -> "priority établissement (second tier)";
            case 2 -> "exam-assessed vocational stage or 3e découverte professionnelle, not a priority établissement "
                    + "(third tier)";
            default -> "neither a priority établissement nor a favoured level (fourth tier)";
        };
    }
}
