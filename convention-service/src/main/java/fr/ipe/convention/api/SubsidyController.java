package fr.ipe.convention.api;

import fr.ipe.convention.domain.SubsidyCommands.NotifySubsidy;
import fr.ipe.convention.domain.SubsidyCommands.PaySubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ReclaimSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ReduceSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ResumeSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.SuspendSubsidy;
import fr.ipe.convention.domain.SubsidyLedger;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The State subsidy of the national convention (art. 4) and its sanctions (art. 7); the ministry (NATIONAL) acts. */
@RestController
@RequestMapping("/api/conventions/{conventionId}/subsidy")
@Validated
@Tag(name = "Subsidy", description = "Yearly notification, the single yearly payment, suspension, reduction and reclaim")
public class SubsidyController {

    private final ExistingConventions conventions;

    public SubsidyController(ExistingConventions conventions) {
        this.conventions = conventions;
    }

    /** The ledger with its totals. */
    public record SubsidyReport(long ceilingCents, long netNotifiedCents, long paidCents, long reclaimedCents,
                                List<SubsidyLedger.SubsidyYear> years) {
        static SubsidyReport of(SubsidyLedger ledger) {
            return new SubsidyReport(ledger.ceilingCents(), ledger.netNotifiedCents(), ledger.paidCents(),
                    ledger.reclaimedCents(), ledger.years());
        }
    }

    @GetMapping
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The subsidy ledger: per year notified, reduced, paid, reclaimed, suspended; and totals",
            description = "The State subsidy of the national convention (art. 4) year by year, with the ceiling and "
                    + "the totals; the ETag is the convention's version. Readers: NATIONAL, ASSOCIATION, FINANCE, "
                    + "OPS, RECTORAT.")
    public ResponseEntity<SubsidyReport> ledger(@PathVariable @Size(max = 64) String conventionId) {
        ConventionView view = conventions.visible(conventionId);
        return ExistingConventions.answer(view, SubsidyReport.of(view.subsidy()));
    }

    @PostMapping("/notifications")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Notify a year's subsidy amount",
            description = "The ministry notifies the amount of one convention year, once per year (409 after). The "
                    + "notified total never exceeds the ceiling of the current terms (art. 4; an avenant may raise "
                    + "it), and the year must lie within the convention (422). Role NATIONAL.")
    public ResponseEntity<SubsidyReport> notify(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubsidyRequests.Notification body) {
        return send(conventionId, ifMatch, version -> new NotifySubsidy(conventionId, body.year(), body.amountCents(),
                body.notifiedOn(), version));
    }

    @PostMapping("/payments")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Pay a notified year's subsidy, in a single payment (art. 4)",
            description = "The amount is the year's notified amount less its reductions (422 otherwise); refused (409) "
                    + "while the year is suspended, once it was paid, and while an article 5 document of the "
                    + "association is overdue. Role NATIONAL.")
    public ResponseEntity<SubsidyReport> pay(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubsidyRequests.Payment body) {
        return send(conventionId, ifMatch, version -> new PaySubsidy(conventionId, body.year(), body.amountCents(),
                body.paidOn(), version));
    }

    @PostMapping("/suspensions")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Suspend the payments of a year (sanction)",
            description = "Sanction of article 7 (non-execution, significant delay, unapproved substantial change): "
                    + "no payment of that year until it is resumed. The reason is required; 409 if already suspended "
                    + "or not notified. Role NATIONAL.")
    public ResponseEntity<SubsidyReport> suspend(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubsidyRequests.Suspension body) {
        return send(conventionId, ifMatch, version -> new SuspendSubsidy(conventionId, body.year(), body.suspendedOn(),
                body.reason(), version));
    }

    @PostMapping("/resumptions")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Lift the suspension of a year's payments",
            description = "Ends an article 7 suspension; the year can be paid again. 409 when the year is not "
                    + "suspended. Role NATIONAL.")
    public ResponseEntity<SubsidyReport> resume(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubsidyRequests.Resumption body) {
        return send(conventionId, ifMatch, version -> new ResumeSubsidy(conventionId, body.year(), body.resumedOn(),
                version));
    }

    @PostMapping("/reductions")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Reduce the unpaid part of a year's subsidy (sanction)",
            description = "Sanction of article 7: lowers what remains to be paid for a notified year, never below "
                    + "what was already paid (422). The reason is required. Role NATIONAL.")
    public ResponseEntity<SubsidyReport> reduce(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubsidyRequests.Reduction body) {
        return send(conventionId, ifMatch, version -> new ReduceSubsidy(conventionId, body.year(), body.amountCents(),
                body.reducedOn(), body.reason(), version));
    }

    @PostMapping("/reclaims")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Claim back part of what was paid for a year (sanction)",
            description = "Sanction of article 7: the ministry claims back all or part of what was paid for a year, "
                    + "never more than was paid (422). The reason is required. Role NATIONAL.")
    public ResponseEntity<SubsidyReport> reclaim(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubsidyRequests.Reclaim body) {
        return send(conventionId, ifMatch, version -> new ReclaimSubsidy(conventionId, body.year(), body.amountCents(),
                body.reclaimedOn(), body.reason(), version));
    }

    private ResponseEntity<SubsidyReport> send(String conventionId, String ifMatch, Function<Long, Object> command) {
        ConventionView view = conventions.manage(conventionId, ifMatch, command);
        return ExistingConventions.answer(view, SubsidyReport.of(view.subsidy()));
    }
}
