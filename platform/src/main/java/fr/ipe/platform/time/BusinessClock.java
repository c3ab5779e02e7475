package fr.ipe.platform.time;

import fr.ipe.platform.domain.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today on the business calendar (Europe/Paris), against which deadlines are evaluated. In production it follows the
 * system clock. Where {@code ipe.business-clock.settable=true} (local runs, tests, demos) an operator may set the
 * date, to run a convention through years of deadlines in minutes; this is per service instance, never for production.
 */
public class BusinessClock {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Clock system;
    private final boolean settable;
    private volatile LocalDate setTo;

    public BusinessClock(Clock system, boolean settable) {
        this.system = system;
        this.settable = settable;
    }

    public LocalDate today() {
        LocalDate fixed = setTo;
        return fixed != null ? fixed : LocalDate.now(system.withZone(PARIS));
    }

    public boolean settable() {
        return settable;
    }

    /** Sets today's business date (null: the system's date again); refused (409) unless the clock is settable. */
    public void set(LocalDate today) {
        if (!settable) {
            throw RuleViolation.conflict("business-clock-not-settable",
                    "the business clock follows the system clock here (ipe.business-clock.settable is false)");
        }
        setTo = today;
    }

    /** Gives the business date back to the system clock; refused (409) unless the clock is settable. */
    public void release() {
        set(null);
    }
}
