package fr.ipe.stagebank.application;

import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.stagebank.domain.Weeks;
import fr.ipe.stagebank.query.CalendarViews;
import fr.ipe.stagebank.query.CalendarViews.CalendarWeek;
import java.util.List;
import org.springframework.stereotype.Component;

/** The calendar of a bassin between two ISO weeks: places offered against pupils in need, week by week. */
@Component
public class BassinCalendars {

    /** A calendar covers at most a school year and a half. */
    public static final int MAX_WEEKS = 80;

    /** The calendar of a bassin between two ISO weeks. */
    public record Calendar(String academie, String bassin, String from, String to, List<CalendarWeek> weeks) {
    }

    private final CalendarViews calendars;
    private final StageBankAccess access;

    public BassinCalendars(CalendarViews calendars, StageBankAccess access) {
        this.calendars = calendars;
        this.access = access;
    }

    /** From ISO week {@code from} to {@code to}, at most {@link #MAX_WEEKS} weeks (422 {@code calendar-range}). */
    public Calendar between(String academie, String bassin, String from, String to) {
        access.requireRead(academie);
        StageWeek first = Weeks.one("from", from);
        StageWeek last = Weeks.one("to", to);
        if (last.compareTo(first) < 0 || last.monday().toEpochDay() - first.monday().toEpochDay() >= MAX_WEEKS * 7L) {
            throw RuleViolation.unprocessable("calendar-range", "to", "`to` follows `from` by at most " + MAX_WEEKS
                    + " weeks");
        }
        return new Calendar(academie, bassin, first.toString(), last.toString(),
                calendars.of(academie, bassin, first, last));
    }
}
