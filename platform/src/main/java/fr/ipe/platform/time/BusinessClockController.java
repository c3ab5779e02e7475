package fr.ipe.platform.time;

import fr.ipe.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The business clock of a service, for ops, under the service's own operations path ({@code ipe.operations.path},
 * e.g. {@code /api/missions/operations}) so the gateway routes it like the rest. Setting it is refused (409) unless
 * {@code ipe.business-clock.settable} (environment {@code IPE_BUSINESS_CLOCK_SETTABLE}) is true: local runs, tests and
 * demonstrations, never production.
 */
@RestController
@Validated
@Tag(name = "Operations: business clock", description = "Today on the business calendar, settable in demonstrations")
public class BusinessClockController {

    private final BusinessClock clock;
    private final List<BusinessDateSweep> sweeps;

    public BusinessClockController(BusinessClock clock, List<BusinessDateSweep> sweeps) {
        this.clock = clock;
        this.sweeps = List.copyOf(sweeps);
    }

    public record ClockState(LocalDate today, boolean settable) {
    }

    @Schema(example = "{\"today\": \"2008-03-01\"}")
    public record ClockSetting(@NotNull LocalDate today) {
    }

    /** The date set, and what the service's deadline sweeps did on it (none checked where it has no deadlines). */
    public record ClockSet(LocalDate today, boolean settable, int checked, int failures) {
    }

    @GetMapping("${ipe.operations.path}/business-clock")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "Today on the business calendar",
            description = "The business date (Europe/Paris) against which this service's deadlines and dated rules "
                    + "are evaluated, and whether it can be set. Readers: NATIONAL, ASSOCIATION, FINANCE, OPS, "
                    + "RECTORAT.")
    public ClockState clock() {
        return new ClockState(clock.today(), clock.settable());
    }

    @PutMapping("${ipe.operations.path}/business-clock")
    @PreAuthorize("hasRole('OPS')")
    @Operation(summary = "Set the business date (only where IPE_BUSINESS_CLOCK_SETTABLE=true), then let deadlines pass",
            description = "For demonstrations and tests: moves this service's business date and runs its deadline "
                    + "sweep at once, if it has one (`checked`, `failures`). Answers 409 where the clock follows the "
                    + "system's. Role OPS.")
    public ClockSet setClock(@Valid @RequestBody ClockSetting setting) {
        clock.set(setting.today());
        int checked = 0;
        int failures = 0;
        for (BusinessDateSweep sweep : sweeps) {
            BusinessDateSweep.Outcome outcome = sweep.sweepToToday();
            checked += outcome.checked();
            failures += outcome.failures();
        }
        return new ClockSet(clock.today(), clock.settable(), checked, failures);
    }

    @DeleteMapping("${ipe.operations.path}/business-clock")
    @PreAuthorize("hasRole('OPS')")
    @Operation(summary = "Give the business clock back to the system's clock",
            description = "Undoes a date set with PUT; deadlines and dated rules follow today's date again. Role OPS; "
                    + "409 where the clock is not settable.")
    public ClockState releaseClock() {
        clock.release();
        return new ClockState(clock.today(), clock.settable());
    }
}
