package fr.ipe.convention.api;

import fr.ipe.convention.domain.LifecycleCommands.FileAssociationDocument;
import fr.ipe.convention.domain.LifecycleCommands.FileFinalEvaluation;
import fr.ipe.convention.domain.LifecycleCommands.NotifyTermination;
import fr.ipe.convention.domain.LifecycleCommands.ProposeAvenant;
import fr.ipe.convention.domain.LifecycleCommands.RenewConvention;
import fr.ipe.convention.domain.LifecycleCommands.SignAvenant;
import fr.ipe.convention.domain.LifecycleCommands.WithdrawTermination;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.convention.query.ConventionViews;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.time.BusinessClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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

/** A convention's life after signature: documents, evaluation, termination, renewal and avenants. */
@RestController
@RequestMapping("/api/conventions/{conventionId}")
@Validated
@Tag(name = "Convention lifecycle", description = "Obligations, evaluation, termination (art. 12), renewal (art. 10), "
        + "avenants (art. 11)")
public class LifecycleController {

    private final ConventionCommands conventionCommands;
    private final ConventionViews views;
    private final ConventionAccess access;
    private final AcademieScope scope;
    private final BusinessClock clock;

    public LifecycleController(ConventionCommands conventionCommands, ConventionViews views, ConventionAccess access,
                               AcademieScope scope, BusinessClock clock) {
        this.conventionCommands = conventionCommands;
        this.views = views;
        this.access = access;
        this.scope = scope;
        this.clock = clock;
    }

    /** Where a yearly document stands on the business date of the request. */
    public enum DutyStatus { NOT_YET_DUE, FILED, FILED_LATE, OVERDUE }

    public record ObligationStatus(int fiscalYear, String document, LocalDate dueOn, LocalDate filedOn,
                                   DutyStatus status) {
    }

    public record ObligationsReport(LocalDate asOf, List<ObligationStatus> documents, ObligationStatus finalEvaluation,
                                    boolean blocksTacitRenewal) {
    }

    @GetMapping("/obligations")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The association's documents and the final evaluation, with their status today",
            description = "Per fiscal year, the documents of article 5 (financial report before 1 July of the next "
                    + "year, annual accounts and auditor's report within six months of the close) and the final "
                    + "evaluation (art. 9, before 1 July of the last year), each NOT_YET_DUE, FILED, FILED_LATE or "
                    + "OVERDUE on today's business date; `blocksTacitRenewal` tells whether the next anniversary will "
                    + "lapse the convention (art. 2). Readers (NATIONAL, ASSOCIATION, FINANCE, OPS, RECTORAT of its "
                    + "académie).")
    public ObligationsReport obligations(@PathVariable @Size(max = 64) String conventionId) {
        ConventionView view = views.existing(conventionId);
        scope.requireVisible(view.academie());
        LocalDate today = clock.today();
        List<ObligationStatus> documents = view.obligations().stream().map(o -> new ObligationStatus(o.fiscalYear(),
                o.document().name(), o.dueOn(), o.filedOn(), status(o.dueOn(), o.filedOn(), o.late(), today))).toList();
        ConventionView.Evaluation e = view.evaluation();
        ObligationStatus evaluation = e == null ? null : new ObligationStatus(e.dueOn().getYear(), "FINAL_EVALUATION",
                e.dueOn(), e.filedOn(), status(e.dueOn(), e.filedOn(), e.late(), today));
        boolean blocking = documents.stream().anyMatch(d -> d.status() == DutyStatus.OVERDUE
                || d.status() == DutyStatus.FILED_LATE);
        return new ObligationsReport(today, documents, evaluation, blocking);
    }

    private static DutyStatus status(LocalDate dueOn, LocalDate filedOn, boolean late, LocalDate today) {
        if (filedOn != null) {
            return late ? DutyStatus.FILED_LATE : DutyStatus.FILED;
        }
        return today.isAfter(dueOn) ? DutyStatus.OVERDUE : DutyStatus.NOT_YET_DUE;
    }

    @PostMapping("/documents")
    @Operation(summary = "File a yearly document of the association (financial report, annual accounts, auditor's "
            + "report)",
            description = "Records that the association filed one of its article 5 documents for a fiscal year of the "
                    + "convention (422 outside it; 409 when already filed); a late filing is recorded as late, and a "
                    + "document still missing at an anniversary stops the tacit renewal (art. 2). Role ASSOCIATION, "
                    + "or NATIONAL recording it.")
    public ResponseEntity<ConventionView> fileDocument(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.DocumentFiling body) {
        return association(conventionId, ifMatch, version -> new FileAssociationDocument(conventionId,
                body.fiscalYear(), body.document(), body.filedOn(), version));
    }

    @PostMapping("/final-evaluation")
    @Operation(summary = "File the final evaluation (due before 1 July of the last year)",
            description = "Records the final evaluation of article 9 (conformity to article 1, general interest, "
                    + "follow-ups); a renewal (art. 10) requires it. 409 when already filed. Role ASSOCIATION, or "
                    + "NATIONAL recording it.")
    public ResponseEntity<ConventionView> fileEvaluation(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.EvaluationFiling body) {
        return association(conventionId, ifMatch, version -> new FileFinalEvaluation(conventionId, body.filedOn(), version));
    }

    @PostMapping("/termination-notices")
    @Operation(summary = "Give formal notice of termination; it takes effect three months later",
            description = "Article 12: a party that did not respect its commitments (`breachedArticle` names the "
                    + "article) may be given formal notice; the convention ends three months after the notice unless "
                    + "it is withdrawn. Role NATIONAL for either party, ASSOCIATION in its own name only (403 "
                    + "otherwise); 409 when a notice is already running or the convention has ended.")
    public ResponseEntity<ConventionView> notifyTermination(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.TerminationNotice body) {
        access.requireActingAs(body.party());
        return association(conventionId, ifMatch, version -> new NotifyTermination(conventionId, body.party(),
                body.noticeOn(), body.reason(), version));
    }

    @PostMapping("/termination-withdrawals")
    @Operation(summary = "Withdraw the notice of termination before it takes effect",
            description = "Withdraws the running article 12 notice; 409 when there is none or it already took effect. "
                    + "Role NATIONAL, or ASSOCIATION.")
    public ResponseEntity<ConventionView> withdrawTermination(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.TerminationWithdrawal body) {
        return association(conventionId, ifMatch, version -> new WithdrawTermination(conventionId, body.withdrawnOn(),
                version));
    }

    @PostMapping("/renewals")
    @Operation(summary = "Renew the evaluated national convention for a new period",
            description = "Article 10: a new convention (new terms, new axes) may only be concluded once the final "
                    + "evaluation was filed (422 otherwise). The body gives the new convention's full terms, with the "
                    + "same rules as a draft. Role NATIONAL.")
    public ResponseEntity<ConventionView> renew(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.Renewal body) {
        return manage(conventionId, ifMatch, version -> new RenewConvention(conventionId, body.renewedOn(),
                body.durationYears(), body.subsidyTotalCents(), body.annualSubsidyCents(), version));
    }

    @PostMapping("/avenants")
    @Operation(summary = "Propose an avenant: new dates, amounts, budget lines or annexes, never the objectives",
            description = "Article 11: any change of the terms goes through an avenant both parties sign; it states "
                    + "what changes and may never change the objectives of article 1 nor annex 1 (422). Moving the "
                    + "end date moves the documents, evaluation and anniversaries tied to it. One avenant pending at "
                    + "a time (409). Answers 201 with the avenant's Location. Role NATIONAL for the national "
                    + "convention, the académie's RECTORAT otherwise.")
    public ResponseEntity<ConventionView> proposeAvenant(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.AvenantProposal body) {
        String avenantId = UUID.randomUUID().toString();
        ResponseEntity<ConventionView> proposed = manage(conventionId, ifMatch, version -> new ProposeAvenant(
                conventionId, avenantId, body.proposedOn(), body.purpose(), body.objectives(), body.endDate(),
                body.subsidyTotalCents(), body.annualSubsidyCents(), BudgetRequest.toBudget(body.budget()),
                BudgetRequest.toAnnexes(body.annexes()), version));
        return ResponseEntity.created(URI.create("/api/conventions/" + conventionId + "/avenants/" + avenantId))
                .headers(proposed.getHeaders()).body(proposed.getBody());
    }

    @PostMapping("/avenants/{avenantId}/signatures")
    @Operation(summary = "Record a party's signature of an avenant; once every party signed, it applies",
            description = "Once both parties signed (art. 11), the avenant's changes become the current terms and a "
                    + "new version of the terms. 409 for an unknown or already signed avenant. Same roles as the "
                    + "convention's other commands.")
    public ResponseEntity<ConventionView> signAvenant(@PathVariable @Size(max = 64) String conventionId,
            @PathVariable @Size(max = 64) String avenantId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SignatureRequest body) {
        return manage(conventionId, ifMatch, version -> new SignAvenant(conventionId, avenantId, body.party(),
                body.signatory(), body.signedOn(), version));
    }

    private ResponseEntity<ConventionView> manage(String conventionId, String ifMatch, Function<Long, Object> command) {
        ConventionView view = conventionCommands.manage(conventionId, ifMatch, command);
        return ConventionCommands.answer(view, view);
    }

    private ResponseEntity<ConventionView> association(String conventionId, String ifMatch,
                                                       Function<Long, Object> command) {
        ConventionView view = conventionCommands.associationOrManage(conventionId, ifMatch, command);
        return ConventionCommands.answer(view, view);
    }
}
