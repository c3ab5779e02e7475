package fr.ipe.convention.api;

import fr.ipe.platform.security.Roles;
import fr.ipe.platform.time.BusinessClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The business clock and the deadline sweep, for operations. */
@RestController
@RequestMapping("/api/conventions/operations")
@Tag(name = "Convention operations", description = "Business clock and deadline sweep")
public class OperationsController {

    private final BusinessClock clock;
    private final DeadlineSweep sweep;

    public OperationsController(BusinessClock clock, DeadlineSweep sweep) {
        this.clock = clock;
        this.sweep = sweep;
    }

    public record ClockState(LocalDate today, boolean settable) {
    }

    @Schema(example = RequestExamples.CLOCK)
    public record ClockSetting(@NotNull LocalDate today) {
    }

    @GetMapping("/business-clock")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "Today on the business calendar",
            description = "The business date (Europe/Paris) against which deadlines and anniversaries are evaluated, "
                    + "and whether it can be set. Readers: NATIONAL, ASSOCIATION, FINANCE, OPS, RECTORAT.")
    public ClockState clock() {
        return new ClockState(clock.today(), clock.settable());
    }

    @PutMapping("/business-clock")
    @PreAuthorize("hasRole('OPS')")
    @Operation(summary = "Set the business date (only where ipe.business-clock.settable), then let deadlines pass",
            description = "For demonstrations and tests: moves the business date and runs the deadline sweep at once, "
                    + "so documents fall overdue, anniversaries renew or lapse and notices take effect. Answers 409 "
                    + "where the clock follows the system's. Role OPS.")
    public DeadlineSweep.Outcome setClock(@Valid @RequestBody ClockSetting setting) {
        clock.set(setting.today());
        return sweep.sweep();
    }

    @DeleteMapping("/business-clock")
    @PreAuthorize("hasRole('OPS')")
    @Operation(summary = "Give the business clock back to the system's clock",
            description = "Undoes a date set with PUT; deadlines are then evaluated against today's date again. OPS only; "
                    + "409 where the clock is not settable.")
    public ClockState releaseClock() {
        clock.release();
        return new ClockState(clock.today(), clock.settable());
    }

    @PostMapping("/deadline-sweeps")
    @PreAuthorize("hasAnyRole('OPS','NATIONAL')")
    @Operation(summary = "Let every deadline up to today take effect now rather than at the next scheduled sweep",
            description = "Runs the deadline sweep that otherwise runs every five minutes: entry into force, tacit "
                    + "renewal or lapse at each anniversary (art. 2), end of term, terminations three months after "
                    + "notice (art. 12). Safe to repeat. Role OPS or NATIONAL.")
    public DeadlineSweep.Outcome sweepNow() {
        return sweep.sweep();
    }
}
