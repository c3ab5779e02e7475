package fr.ipe.stagebank.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.stage.PriorityFlag;
import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.contracts.stage.StageWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The matching order, the priority rule and the fair-share rule of the bank. */
class FairShareTest {

    static final StageWeek W46 = StageWeek.parse("2009-W46");
    static final StageWeek W47 = StageWeek.parse("2009-W47");
    static final Instant AT = Instant.parse("2009-09-21T08:00:00Z");

    static Demand need(String id, boolean priority, StageLevel level, int pupils, int placed, StageWeek... weeks) {
        return stated(AT, id, priority, level, pupils, placed, weeks);
    }

    static Demand stated(Instant at, String id, boolean priority, StageLevel level, int pupils, int placed,
                         StageWeek... weeks) {
        return new Demand(id, "0130053M", "marseille-nord", priority ? List.of(PriorityFlag.REP_PLUS) : List.of(),
                level, new TreeSet<>(List.of(weeks)), pupils, placed, at);
    }

    static Supply offer(String id, int places, StageLevel level, StageWeek... weeks) {
        TreeMap<StageWeek, Integer> free = new TreeMap<>();
        for (StageWeek week : weeks) {
            free.put(week, places);
        }
        return new Supply(id, "marseille-nord", Set.of(level), free);
    }

    static Map<String, Integer> deal(Supply offer, Demand... needs) {
        List<FairShare.Claim> claims = new ArrayList<>();
        for (Demand need : needs) {
            claims.add(new FairShare.Claim(need, offer.freeWeeksOf(need)));
        }
        return FairShare.deal(offer.free(), claims);
    }

    /** "Then to the need stated first": by the instant, so the id only parts needs stated at the same instant. */
    @Test
    void theNeedStatedFirstTheSameDayIsServedBeforeOneOfASmallerId() {
        Supply offer = offer("o", 1, StageLevel.BAC_PRO, W46);
        Demand first = stated(AT, "z-stated-first", false, StageLevel.BAC_PRO, 1, 0, W46);
        Demand later = stated(AT.plusSeconds(60), "a-stated-later", false, StageLevel.BAC_PRO, 1, 0, W46);
        assertThat(deal(offer, later, first)).containsExactly(Map.entry("z-stated-first", 1));
        Demand sameInstant = stated(AT, "a-same-instant", false, StageLevel.BAC_PRO, 1, 0, W46);
        assertThat(deal(offer, first, sameInstant)).containsExactly(Map.entry("a-same-instant", 1));
    }

    @Test
    void weeksThatHaveBegunAreNeverProposed() {
        Supply offer = offer("o", 2, StageLevel.BAC_PRO, W46, W47);
        Demand need = need("n", true, StageLevel.BAC_PRO, 2, 0, W46, W47);
        assertThat(Matching.proposals(need, List.of(offer.ahead(LocalDate.of(2009, 11, 9))), List.of(need)))
                .singleElement().satisfies(p -> assertThat(p.weeks()).containsExactly("2009-W47"));
        assertThat(Matching.proposals(need, List.of(offer.ahead(LocalDate.of(2009, 11, 16))), List.of(need)))
                .isEmpty();
    }

    @Test
    void priorityEtablissementsComeFirstThenFavouredLevels() {
        Demand ordinary = need("a", false, StageLevel.BAC_TECHNO, 5, 0, W46);
        Demand favouredLevel = need("b", false, StageLevel.BAC_PRO, 5, 0, W46);
        Demand priorityOther = need("c", true, StageLevel.TROISIEME_OBSERVATION, 5, 0, W46);
        Demand priorityFavoured = need("d", true, StageLevel.TROISIEME_DP, 5, 0, W46);
        List<Demand> order = new ArrayList<>(List.of(ordinary, favouredLevel, priorityOther, priorityFavoured));
        order.sort(MatchingOrder.ORDER);
        assertThat(order).extracting(Demand::needId).containsExactly("d", "c", "b", "a");
    }

    @Test
    void placesAreDealtInTurnWithinATierSoNoPrioritySchoolTakesAllWhileAnotherGetsNone() {
        Supply offer = offer("o", 5, StageLevel.BAC_PRO, W46);
        Map<String, Integer> dealt = deal(offer, need("big", true, StageLevel.BAC_PRO, 30, 0, W46),
                need("small", true, StageLevel.BAC_PRO, 2, 0, W46), need("late", false, StageLevel.BAC_PRO, 9, 0, W46));
        assertThat(dealt).containsEntry("big", 3).containsEntry("small", 2).doesNotContainKey("late");
    }

    @Test
    void theNeedServedLeastSoFarGetsTheSinglePlace() {
        Supply offer = offer("o", 1, StageLevel.CAP, W46);
        Map<String, Integer> dealt = deal(offer, need("half-met", true, StageLevel.CAP, 4, 2, W46),
                need("unserved", true, StageLevel.CAP, 4, 0, W46));
        assertThat(dealt).containsOnly(Map.entry("unserved", 1));
    }

    @Test
    void aNeedTakesAPlaceInEachOfItsWeeksTheOfferHas() {
        Supply offer = offer("o", 2, StageLevel.CAP, W46, W47);
        Map<String, Integer> dealt = deal(offer, need("both", true, StageLevel.CAP, 5, 0, W46, W47),
                need("one", true, StageLevel.CAP, 5, 0, W47));
        assertThat(dealt).containsEntry("both", 1).containsEntry("one", 1);
    }

    @Test
    void everyProposalSaysWhyAndALowerTierNeedIsNotProposedWhatHigherTiersTake() {
        Supply offer = offer("o", 2, StageLevel.BAC_PRO, W46);
        Demand priority = need("p", true, StageLevel.BAC_PRO, 2, 0, W46);
        Demand other = need("x", false, StageLevel.BAC_PRO, 2, 0, W46);
        List<Matching.Proposal> proposals = Matching.proposals(priority, List.of(offer), List.of(priority, other));
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.places()).isEqualTo(2);
            assertThat(p.weeks()).containsExactly("2009-W46");
            assertThat(p.reasons()).anySatisfy(r -> assertThat(r).contains("priority établissement (REP_PLUS)"))
                    .anySatisfy(r -> assertThat(r).startsWith("fair share: 2 place(s)"));
        });
        assertThat(Matching.proposals(other, List.of(offer), List.of(priority, other))).isEmpty();
    }

    @Property(tries = 200)
    void dealingIsDeterministicWhateverTheOrderNeedsArriveIn(
            @ForAll @IntRange(min = 1, max = 12) int places,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 15) Integer> shapes) {
        Supply offer = offer("o", places, StageLevel.CAP, W46, W47);
        List<Demand> needs = needs(shapes);
        List<Demand> shuffled = new ArrayList<>(needs);
        Collections.reverse(shuffled);
        assertThat(deal(offer, shuffled.toArray(Demand[]::new))).isEqualTo(deal(offer, needs.toArray(Demand[]::new)));
    }

    @Property(tries = 300)
    void neverMoreThanTheOfferNorTheNeedAndNoEqualNeedLeftWithoutWhileAnotherHasTwo(
            @ForAll @IntRange(min = 1, max = 12) int places,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 15) Integer> shapes) {
        Supply offer = offer("o", places, StageLevel.CAP, W46, W47);
        List<Demand> needs = needs(shapes);
        Map<String, Integer> dealt = deal(offer, needs.toArray(Demand[]::new));
        for (StageWeek week : List.of(W46, W47)) {
            int taken = needs.stream().filter(n -> n.weeks().contains(week))
                    .mapToInt(n -> dealt.getOrDefault(n.needId(), 0)).sum();
            assertThat(taken).isLessThanOrEqualTo(places);
        }
        for (Demand need : needs) {
            assertThat(dealt.getOrDefault(need.needId(), 0)).isLessThanOrEqualTo(need.pupilsLeft());
        }
        // fair share: within a tier, a need with weeks like another's and pupils left got nothing only if no other
        // need of the tier with the same weeks got more than one place
        for (Demand a : needs) {
            for (Demand b : needs) {
                if (MatchingOrder.tier(a) == MatchingOrder.tier(b) && a.weeks().equals(b.weeks())
                        && a.pupilsLeft() > 0 && dealt.getOrDefault(a.needId(), 0) == 0) {
                    assertThat(dealt.getOrDefault(b.needId(), 0)).as(a + " got none while " + b + " got more")
                            .isLessThanOrEqualTo(1);
                }
            }
        }
    }

    /** Needs from small integers: priority, level, pupils, placed and weeks vary with the shape. */
    private static List<Demand> needs(List<Integer> shapes) {
        List<Demand> needs = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            int s = shapes.get(i);
            StageWeek[] weeks = s % 3 == 0 ? new StageWeek[] {W46} : s % 3 == 1 ? new StageWeek[] {W47}
                    : new StageWeek[] {W46, W47};
            needs.add(need("n" + i, s % 2 == 0, s % 4 < 2 ? StageLevel.CAP : StageLevel.TROISIEME_OBSERVATION,
                    1 + s % 5, s % 7 == 0 ? 1 : 0, weeks));
        }
        return needs;
    }
}
