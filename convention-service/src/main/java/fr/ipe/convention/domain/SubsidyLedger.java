package fr.ipe.convention.domain;

import fr.ipe.platform.domain.RuleViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The State subsidy of the national convention, year by year (art. 4), and the sanctions on it (art. 7): what was
 * notified, reduced, paid and claimed back, and whether payments are suspended. Amounts in euro cents, computed exactly.
 * The net notified total never exceeds the ceiling (the convention's total, as avenants leave it); each year is paid
 * once, for its notified amount less its reductions, and only while no art. 5 document is overdue.
 */
public record SubsidyLedger(long ceilingCents, List<SubsidyYear> years) {

    public SubsidyLedger {
        years = years.stream().sorted(Comparator.comparingInt(SubsidyYear::year)).toList();
    }

    public static SubsidyLedger withCeiling(long ceilingCents) {
        return new SubsidyLedger(ceilingCents, List.of());
    }

    /** An avenant changed the convention's total subsidy: it is the new ceiling. */
    public SubsidyLedger withNewCeiling(long newCeilingCents) {
        return new SubsidyLedger(newCeilingCents, years);
    }

    /** One budget year of the subsidy. */
    public record SubsidyYear(int year, long notifiedCents, long reducedCents, long paidCents, long reclaimedCents,
                              boolean suspended) {

        /** What may still be paid for the year. */
        public long payableCents() {
            return notifiedCents - reducedCents - paidCents;
        }
    }

    /** The notified amounts less their reductions, over every year. */
    public long netNotifiedCents() {
        return years.stream().mapToLong(y -> y.notifiedCents() - y.reducedCents()).reduce(0L, Math::addExact);
    }

    public long paidCents() {
        return years.stream().mapToLong(SubsidyYear::paidCents).reduce(0L, Math::addExact);
    }

    public long reclaimedCents() {
        return years.stream().mapToLong(SubsidyYear::reclaimedCents).reduce(0L, Math::addExact);
    }

    public Optional<SubsidyYear> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    // ---- the rules: each check throws the rule the command breaks

    public void checkNotification(int year, long amountCents) {
        requirePositive(amountCents);
        if (year(year).isPresent()) {
            throw RuleViolation.conflict("subsidy-already-notified", "the subsidy of " + year + " was already notified");
        }
        // the ceiling is at most Long.MAX_VALUE, so this difference cannot overflow where the sum could
        if (amountCents > ceilingCents - netNotifiedCents()) {
            throw RuleViolation.unprocessable("subsidy-ceiling-exceeded", "amountCents", "notifying " + amountCents
                    + " would bring the notified total above the convention's ceiling of " + ceilingCents + " ("
                    + netNotifiedCents() + " already notified)");
        }
    }

    /**
     * Art. 4: "versements effectués annuellement en une seule fois", "sous réserve du respect par l'association des
     * obligations mentionnées à l'article 5": one payment of the whole payable amount, refused while {@code overdue}
     * documents of art. 5 are not filed.
     */
    public void checkPayment(int year, long amountCents, List<String> overdue) {
        SubsidyYear notified = notified(year);
        if (notified.paidCents() > 0) {
            throw RuleViolation.conflict("subsidy-already-paid", "the subsidy of " + year
                    + " was paid; it is paid once a year (art. 4)");
        }
        if (notified.suspended()) {
            throw RuleViolation.conflict("subsidy-suspended", "the payments of " + year + " are suspended");
        }
        if (!overdue.isEmpty()) {
            throw RuleViolation.conflict("article-5-documents-overdue", "the subsidy is paid only while the association "
                    + "meets its article 5 obligations (art. 4); overdue: " + String.join(", ", overdue));
        }
        if (amountCents != notified.payableCents()) {
            throw RuleViolation.unprocessable("payment-not-whole-year", "amountCents", "the subsidy of " + year
                    + " is paid in a single payment of " + notified.payableCents()
                    + " (the notified amount less its reductions, art. 4)");
        }
    }

    public void checkSuspension(int year) {
        if (notified(year).suspended()) {
            throw RuleViolation.conflict("subsidy-already-suspended", "the payments of " + year + " are already suspended");
        }
    }

    public void checkResumption(int year) {
        if (!notified(year).suspended()) {
            throw RuleViolation.conflict("subsidy-not-suspended", "the payments of " + year + " are not suspended");
        }
    }

    public void checkReduction(int year, long amountCents) {
        requirePositive(amountCents);
        SubsidyYear notified = notified(year);
        if (amountCents > notified.payableCents()) {
            throw RuleViolation.unprocessable("reduction-exceeds-unpaid", "amountCents", "only the unpaid "
                    + notified.payableCents() + " of " + year + " can be reduced; claim back what was paid instead");
        }
    }

    public void checkReclaim(int year, long amountCents) {
        requirePositive(amountCents);
        SubsidyYear notified = notified(year);
        if (amountCents > notified.paidCents() - notified.reclaimedCents()) {
            throw RuleViolation.unprocessable("reclaim-exceeds-paid", "amountCents", "only "
                    + (notified.paidCents() - notified.reclaimedCents()) + " paid for " + year + " can be claimed back");
        }
    }

    private static void requirePositive(long amountCents) {
        if (amountCents <= 0) {
            throw RuleViolation.unprocessable("amount-not-positive", "amountCents", "an amount is a positive number of cents");
        }
    }

    private SubsidyYear notified(int year) {
        return year(year).orElseThrow(() ->
                RuleViolation.conflict("subsidy-not-notified", "no subsidy was notified for " + year));
    }

    // ---- the facts: each returns the ledger after an event

    public SubsidyLedger notified(int year, long amountCents) {
        List<SubsidyYear> next = new ArrayList<>(years);
        next.add(new SubsidyYear(year, amountCents, 0, 0, 0, false));
        return new SubsidyLedger(ceilingCents, next);
    }

    public SubsidyLedger paid(int year, long amountCents) {
        return change(year, y -> new SubsidyYear(y.year(), y.notifiedCents(), y.reducedCents(),
                y.paidCents() + amountCents, y.reclaimedCents(), y.suspended()));
    }

    public SubsidyLedger reduced(int year, long amountCents) {
        return change(year, y -> new SubsidyYear(y.year(), y.notifiedCents(), y.reducedCents() + amountCents,
                y.paidCents(), y.reclaimedCents(), y.suspended()));
    }

    public SubsidyLedger reclaimed(int year, long amountCents) {
        return change(year, y -> new SubsidyYear(y.year(), y.notifiedCents(), y.reducedCents(), y.paidCents(),
                y.reclaimedCents() + amountCents, y.suspended()));
    }

    public SubsidyLedger suspended(int year, boolean suspended) {
        return change(year, y -> new SubsidyYear(y.year(), y.notifiedCents(), y.reducedCents(), y.paidCents(),
                y.reclaimedCents(), suspended));
    }

    private SubsidyLedger change(int year, UnaryOperator<SubsidyYear> change) {
        return new SubsidyLedger(ceilingCents, years.stream().map(y -> y.year() == year ? change.apply(y) : y).toList());
    }
}
