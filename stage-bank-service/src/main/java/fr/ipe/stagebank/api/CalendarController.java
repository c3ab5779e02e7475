package fr.ipe.stagebank.api;

import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.stagebank.domain.Weeks;
import fr.ipe.stagebank.query.CalendarViews;
import fr.ipe.stagebank.query.CalendarViews.CalendarWeek;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Calendar", description = "Weeks offered against weeks requested, per bassin")
public class CalendarController {

    /** A calendar covers at most a school year and a half. */
    static final int MAX_WEEKS = 80;

    private final CalendarViews calendars;
    private final StageBankAccess access;

    public CalendarController(CalendarViews calendars, StageBankAccess access) {
        this.calendars = calendars;
        this.access = access;
    }

    /** The calendar of a bassin between two ISO weeks. */
    public record Calendar(String academie, String bassin, String from, String to, List<CalendarWeek> weeks) {
    }

    @GetMapping("/api/stage-bank/academies/{academie}/bassins/{bassin}/calendar")
    @PreAuthorize(StageBankAccess.READERS)
    @Operation(summary = "The calendar of a bassin: places offered against pupils in need, week by week",
            description = "For each ISO week from `from` to `to` (at most 80 weeks): the places of the published "
                    + "offers and those still free, the pupils of the open needs and those still unmet; weeks with "
                    + "neither are left out. The rectorat uses it to spread company offers over the year so one "
                    + "offer serves more pupils. Readers: NATIONAL and the académie's RECTORAT (403 for another).")
    public Calendar calendar(
            @PathVariable @Pattern(regexp = "[a-z]+(-[a-z]+)*") @Size(max = 64) String academie,
            @PathVariable @Size(max = 100) String bassin,
            @RequestParam @NotNull @Pattern(regexp = "[0-9]{4}-W[0-9]{2}") String from,
            @RequestParam @NotNull @Pattern(regexp = "[0-9]{4}-W[0-9]{2}") String to) {
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
