package fr.ipe.convention.api;

import fr.ipe.convention.application.ConventionAccess;
import fr.ipe.convention.application.DeadlineSweep;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deadline sweep, for operations. The business clock is the platform's operation at
 * {@code /api/conventions/operations/business-clock}; setting it runs this sweep ({@link DeadlineSweep}).
 */
@RestController
@RequestMapping("/api/conventions/operations")
@Tag(name = "Convention operations", description = "Deadline sweep")
public class OperationsController {

    private final DeadlineSweep sweep;

    public OperationsController(DeadlineSweep sweep) {
        this.sweep = sweep;
    }

    @PostMapping("/deadline-sweeps")
    @PreAuthorize(ConventionAccess.DEADLINE_SWEEPERS)
    @Operation(summary = "Let every deadline up to today take effect now rather than at the next scheduled sweep",
            description = "Runs the deadline sweep that otherwise runs every five minutes: entry into force, tacit "
                    + "renewal or lapse at each anniversary (art. 2), end of term, terminations three months after "
                    + "notice (art. 12). Safe to repeat. Role OPS or NATIONAL.")
    public DeadlineSweep.Outcome sweepNow() {
        return sweep.sweep();
    }
}
