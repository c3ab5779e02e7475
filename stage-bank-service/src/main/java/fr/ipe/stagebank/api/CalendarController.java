package fr.ipe.stagebank.api;

import fr.ipe.platform.bounds.Academie;
import fr.ipe.stagebank.application.BassinCalendars;
import fr.ipe.stagebank.application.BassinCalendars.Calendar;
import fr.ipe.stagebank.application.StageBankAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

    private final BassinCalendars calendars;

    public CalendarController(BassinCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/api/stage-bank/academies/{academie}/bassins/{bassin}/calendar")
    @PreAuthorize(StageBankAccess.READERS)
    @Operation(summary = "The calendar of a bassin: places offered against pupils in need, week by week",
            description = "For each ISO week from `from` to `to` (at most 80 weeks): the places of the published "
                    + "offers and those still free, the pupils of the open needs and those still unmet; weeks with "
                    + "neither are left out. The rectorat uses it to spread company offers over the year so one "
                    + "offer serves more pupils. Readers: NATIONAL and the académie's RECTORAT (403 for another).")
    public Calendar calendar(
            @PathVariable @Academie String academie,
            @PathVariable @Size(max = 100) String bassin,
            @RequestParam @NotNull @Pattern(regexp = "[0-9]{4}-W[0-9]{2}") String from,
            @RequestParam @NotNull @Pattern(regexp = "[0-9]{4}-W[0-9]{2}") String to) {
        return calendars.between(academie, bassin, from, to);
    }
}
