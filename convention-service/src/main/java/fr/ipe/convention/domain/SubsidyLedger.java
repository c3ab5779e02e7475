package fr.ipe.convention.domain;

import fr.ipe.platform.domain.RuleViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The State subsidy of the national convention, year by year (art. 4), and the sanctions on it (art. 7): what was
 * notified, reduced, paid and claimed back, and whether payments are suspended. Amounts in euro cents. The net notified
 * total never exceeds the ceiling, and nothing is paid beyond what a year's notification, less its reductions, allows.
 */
public record SubsidyLedger(long ceilingCents, List<SubsidyYear> years) {

    public SubsidyLedger {
        years = years.stream().sorted(Comparator.comparingInt(SubsidyYear::year)).toList();
    }

    public static SubsidyLedger withCeiling(long ceilingCents) {
        return new SubsidyLedger(ceilingCents, List.of());
    }

    /** A renewal adds a period, and its subsidy to the ceiling. */
    public SubsidyLedger withPeriodAdded(long periodSubsidyCents) {
        return new SubsidyLedger(ceilingCents + periodSubsidyCents, years);
    }

    /** An avenant changed the current period's subsidy from {@code fromCents} to {@code toCents}. */
    public SubsidyLedger withPeriodSubsidyChanged(long fromCents, long toCents) {
        return new SubsidyLedger(ceilingCents - fromCents + toCents, years);
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
        return years.stream().mapToLong(y -> y.notifiedCents() - y.reducedCents()).sum();
    }

    public long paidCents() {
        return years.stream().mapToLong(SubsidyYear::paidCents).sum();
    }

    public long reclaimedCents() {
        return years.stream().mapToLong(SubsidyYear::reclaimedCents).sum();
    }

    public Optional<SubsidyYear> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    // ---- the rules: each check throws the rule the command breaks

    public void checkNotification(int year, long amountCents) {
        if (year(year).isPresent()) {
            throw RuleViolation.conflict("subsidy-already-notified", "the subsidy of " + year + " was already notified");
        }
        if (netNotifiedCents() + amountCents > ceilingCents) {
            throw RuleViolation.unprocessable("subsidy-ceiling-exceeded", "amountCents", "notifying " + amountCents
                    + " would bring the notified total to " + (netNotifiedCents() + amountCents)
                    + ", above the convention's ceiling of " + ceilingCents);
        }
    }

    public void checkPayment(int year, long amountCents) {
        SubsidyYear notified = notified(year);
        if (notified.suspended()) {
            throw RuleViolation.conflict("subsidy-suspended", "the payments of " + year + " are suspended");
        }
        if (amountCents > notified.payableCents()) {
            throw RuleViolation.unprocessable("installment-exceeds-notified", "amountCents", "only "
                    + notified.payableCents() + " of the " + year + " subsidy remains to be paid");
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
        SubsidyYear notified = notified(year);
        if (amountCents > notified.payableCents()) {
            throw RuleViolation.unprocessable("reduction-exceeds-unpaid", "amountCents", "only the unpaid "
                    + notified.payableCents() + " of " + year + " can be reduced; claim back what was paid instead");
        }
    }

    public void checkReclaim(int year, long amountCents) {
        SubsidyYear notified = notified(year);
        if (amountCents > notified.paidCents() - notified.reclaimedCents()) {
            throw RuleViolation.unprocessable("reclaim-exceeds-paid", "amountCents", "only "
                    + (notified.paidCents() - notified.reclaimedCents()) + " paid for " + year + " can be claimed back");
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
