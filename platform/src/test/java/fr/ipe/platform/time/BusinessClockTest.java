package fr.ipe.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ipe.platform.domain.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Today on the business calendar: the system's in production, settable only where the service says so. */
class BusinessClockTest {

    /** 23:30 UTC on 31 December 2008 is already 1 January 2009 in Paris. */
    static final Clock SYSTEM = Clock.fixed(Instant.parse("2008-12-31T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void todayIsTheSystemsDateInParisUntilSetAndAgainOnceReleased() {
        BusinessClock clock = new BusinessClock(SYSTEM, true);
        assertThat(clock.today()).isEqualTo(LocalDate.of(2009, 1, 1));

        clock.set(LocalDate.of(2007, 3, 2));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2007, 3, 2));
        clock.release();
        assertThat(clock.today()).isEqualTo(LocalDate.of(2009, 1, 1));
    }

    @Test
    void aClockThatFollowsTheSystemIsNeitherSetNorReleased() {
        BusinessClock clock = new BusinessClock(SYSTEM, false);
        for (Runnable change : new Runnable[] {() -> clock.set(LocalDate.of(2008, 1, 1)), clock::release}) {
            assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolation.class, refused -> {
                assertThat(refused.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
                assertThat(refused.rule()).isEqualTo("business-clock-not-settable");
            });
        }
        assertThat(clock.settable()).isFalse();
        assertThat(clock.today()).isEqualTo(LocalDate.of(2009, 1, 1));
    }
}
