package fr.ipe.convention.api;

import fr.ipe.convention.application.ConventionAccess;
import fr.ipe.convention.application.PayingSubsidy;
import fr.ipe.convention.application.ReadingConventions;
import fr.ipe.convention.domain.SubsidyLedger;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.web.Answers;
import fr.ipe.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
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

    private final PayingSubsidy paying;
    private final ReadingConventions reading;

    public SubsidyController(PayingSubsidy paying, ReadingConventions reading) {
        this.paying = paying;
        this.reading = reading;
    }

    /** The ledger with its totals. */
    public record SubsidyReport(long ceilingCents, long netNotifiedCents, long paidCents, long reclaimedCents,
                                List<SubsidyLedger.SubsidyYear> years) {
        static SubsidyReport of(SubsidyLedger ledger) {
            return new SubsidyReport(ledger.ceilingCents(), ledger.netNotifiedCents(), ledger.paidCents(),
                    ledger.reclaimedCents(), ledger.years());
        }

        /** The convention's ledger, with its version as the ETag. */
        static ResponseEntity<SubsidyReport> of(ConventionView convention) {
            return Answers.ok(of(convention.subsidy()), convention.version());
        }
    }

    @GetMapping
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The subsidy ledger: per year notified, reduced, paid, reclaimed, suspended; and totals",
            description = "The State subsidy of the national convention (art. 4) year by year, with the ceiling and "
                    + "the totals; the ETag is the convention's version. Readers: NATIONAL, ASSOCIATION, FINANCE, "
                    + "OPS, RECTORAT.")
    public ResponseEntity<SubsidyReport> ledger(@PathVariable @Size(max = 64) String conventionId) {
        return SubsidyReport.of(reading.visible(conventionId));
    }

    @PostMapping("/notifications")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Notify a year's subsidy amount",
            description = "The ministry notifies the amount of one convention year, once per year (409 after). The "
                    + "notified total never exceeds the ceiling of the current terms (art. 4; an avenant may raise "
                    + "it), and the year must lie within the convention (422). Role NATIONAL."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<SubsidyReport> notify(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubsidyRequests.Notification body) {
        return SubsidyReport.of(paying.notify(conventionId, Versions.expected(ifMatch), body.year(), body.amountCents(),
                body.notifiedOn()));
    }

    @PostMapping("/payments")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Pay a notified year's subsidy, in a single payment (art. 4)",
            description = "The amount is the year's notified amount less its reductions (422 otherwise); refused (409) "
                    + "while the year is suspended, once it was paid, and while an article 5 document of the "
                    + "association is overdue. Role NATIONAL." + ApiConventions.IF_MATCH)
    public ResponseEntity<SubsidyReport> pay(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubsidyRequests.Payment body) {
        return SubsidyReport.of(paying.pay(conventionId, Versions.expected(ifMatch), body.year(), body.amountCents(),
                body.paidOn()));
    }

    @PostMapping("/suspensions")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Suspend the payments of a year (sanction)",
            description = "Sanction of article 7 (non-execution, significant delay, unapproved substantial change): "
                    + "no payment of that year until it is resumed. The reason is required; 409 if already suspended "
                    + "or not notified. Role NATIONAL." + ApiConventions.IF_MATCH)
    public ResponseEntity<SubsidyReport> suspend(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubsidyRequests.Suspension body) {
        return SubsidyReport.of(paying.suspend(conventionId, Versions.expected(ifMatch), body.year(),
                body.suspendedOn(), body.reason()));
    }

    @PostMapping("/resumptions")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Lift the suspension of a year's payments",
            description = "Ends an article 7 suspension; the year can be paid again. 409 when the year is not "
                    + "suspended. Role NATIONAL." + ApiConventions.IF_MATCH)
    public ResponseEntity<SubsidyReport> resume(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubsidyRequests.Resumption body) {
        return SubsidyReport.of(paying.resume(conventionId, Versions.expected(ifMatch), body.year(),
                body.resumedOn()));
    }

    @PostMapping("/reductions")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Reduce the unpaid part of a year's subsidy (sanction)",
            description = "Sanction of article 7: lowers what remains to be paid for a notified year, never below "
                    + "what was already paid (422). The reason is required. Role NATIONAL." + ApiConventions.IF_MATCH)
    public ResponseEntity<SubsidyReport> reduce(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubsidyRequests.Reduction body) {
        return SubsidyReport.of(paying.reduce(conventionId, Versions.expected(ifMatch), body.year(),
                body.amountCents(), body.reducedOn(), body.reason()));
    }

    @PostMapping("/reclaims")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Claim back part of what was paid for a year (sanction)",
            description = "Sanction of article 7: the ministry claims back all or part of what was paid for a year, "
                    + "never more than was paid (422). The reason is required. Role NATIONAL."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<SubsidyReport> reclaim(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubsidyRequests.Reclaim body) {
        return SubsidyReport.of(paying.reclaim(conventionId, Versions.expected(ifMatch), body.year(),
                body.amountCents(), body.reclaimedOn(), body.reason()));
    }
}
