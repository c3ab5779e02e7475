package fr.ipe.convention.api;

import fr.ipe.convention.domain.AssociationDuties;
import fr.ipe.convention.domain.LifecycleCommands.FileAssociationDocument;
import fr.ipe.convention.domain.LifecycleCommands.FileDeclarationCopy;
import fr.ipe.convention.domain.LifecycleCommands.FileFinalEvaluation;
import fr.ipe.convention.domain.LifecycleCommands.NotifyTermination;
import fr.ipe.convention.domain.LifecycleCommands.ProposeAvenant;
import fr.ipe.convention.domain.LifecycleCommands.RecordGeneralAssembly;
import fr.ipe.convention.domain.LifecycleCommands.SignAvenant;
import fr.ipe.convention.domain.LifecycleCommands.WithdrawTermination;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.time.BusinessClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
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

/** A convention's life after signature: the association's duties, evaluation, termination, renewal and avenants. */
@RestController
@RequestMapping("/api/conventions/{conventionId}")
@Validated
@Tag(name = "Convention lifecycle", description = "Obligations (art. 2, 5, 6), evaluation (art. 9), termination "
        + "(art. 12), renewal (art. 10), avenants (art. 11)")
public class LifecycleController {

    private final ExistingConventions conventions;
    private final ConventionAccess access;
    private final ConventionRenewals renewals;
    private final BusinessClock clock;

    public LifecycleController(ExistingConventions conventions, ConventionAccess access, ConventionRenewals renewals,
                               BusinessClock clock) {
        this.conventions = conventions;
        this.access = access;
        this.renewals = renewals;
        this.clock = clock;
    }

    @GetMapping("/obligations")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The association's duties with their status today",
            description = "Per fiscal year, the documents of article 5, due one month after the general assembly and at "
                    + "the latest six months after the close (art. 2; the auditor's report has no fixed deadline), the "
                    + "general assemblies, the copies of the art. 6 declarations and the final evaluation (art. 9), each "
                    + "NOT_YET_DUE, NO_DEADLINE, FILED, FILED_LATE or OVERDUE on today's business date; "
                    + "`blockingTacitRenewal` lists what would lapse the convention at an anniversary today (art. 2). "
                    + "Readers (NATIONAL, ASSOCIATION, FINANCE, OPS, RECTORAT of its académie).")
    public AssociationDuties.Report obligations(@PathVariable @Size(max = 64) String conventionId) {
        return conventions.visible(conventionId).duties().asOf(clock.today());
    }

    @PostMapping("/documents")
    @PreAuthorize(ConventionAccess.ASSOCIATION_DUTIES)
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

    @PostMapping("/general-assemblies")
    @PreAuthorize(ConventionAccess.ASSOCIATION_DUTIES)
    @Operation(summary = "Record the association's general assembly approving a fiscal year",
            description = "The documents of that fiscal year become due one month after the assembly, and at the latest "
                    + "six months after the close of the fiscal year (art. 2); 422 for an assembly before the close or a "
                    + "fiscal year outside the convention, 409 when already recorded. Role ASSOCIATION, or NATIONAL.")
    public ResponseEntity<ConventionView> recordGeneralAssembly(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.GeneralAssemblyRecord body) {
        return association(conventionId, ifMatch, version -> new RecordGeneralAssembly(conventionId, body.fiscalYear(),
                body.heldOn(), version));
    }

    @PostMapping("/declarations")
    @PreAuthorize(ConventionAccess.ASSOCIATION_DUTIES)
    @Operation(summary = "File the copy of a declaration of the decree of 16 August 1901 (art. 6)",
            description = "Sent without delay: a copy filed more than a month after the declaration is late, and a late "
                    + "copy stands in the way of the next tacit renewal (art. 2). Role ASSOCIATION, or NATIONAL.")
    public ResponseEntity<ConventionView> fileDeclarationCopy(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.DeclarationCopyFiling body) {
        return association(conventionId, ifMatch, version -> new FileDeclarationCopy(conventionId, body.article(),
                body.declaredOn(), body.filedOn(), version));
    }

    @PostMapping("/final-evaluation")
    @PreAuthorize(ConventionAccess.ASSOCIATION_DUTIES)
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
    @PreAuthorize(ConventionAccess.TERMINATION)
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
                body.noticeOn(), body.breachedArticle(), body.reason(), version));
    }

    @PostMapping("/termination-withdrawals")
    @PreAuthorize(ConventionAccess.TERMINATION)
    @Operation(summary = "Withdraw the notice of termination before it takes effect",
            description = "Withdraws the running article 12 notice; only the party that gave it may (422 otherwise); 409 "
                    + "when there is none or it already took effect. Role NATIONAL, or ASSOCIATION for its own notice.")
    public ResponseEntity<ConventionView> withdrawTermination(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.TerminationWithdrawal body) {
        access.requireActingAs(body.party());
        return association(conventionId, ifMatch, version -> new WithdrawTermination(conventionId, body.party(),
                body.withdrawnOn(), version));
    }

    @PostMapping("/renewals")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Conclude a new convention that follows this one (art. 10)",
            description = "Allowed once the final evaluation's conclusions were filed (422 otherwise). The new convention "
                    + "has its own terms, objectives, subsidy, budget and annexes, the same parties, and starts after "
                    + "this one ends; the same rules as a draft apply. Answers 201 with the new convention, drafted and "
                    + "awaiting its signatures. Role NATIONAL.")
    public ResponseEntity<ConventionView> renew(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.Renewal body) {
        ConventionView successor = renewals.renew(conventions.found(conventionId), ifMatch, body);
        return ResponseEntity.created(URI.create("/api/conventions/" + successor.conventionId()))
                .eTag(fr.ipe.platform.web.Versions.etag(successor.version())).body(successor);
    }

    @PostMapping("/avenants")
    @PreAuthorize(ConventionAccess.MANAGERS)
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
                body.subsidyTotalCents(), body.yearlySubsidyCents(), BudgetRequest.toBudget(body.budget()),
                BudgetRequest.toAnnexes(body.annexes()), version));
        return ResponseEntity.created(URI.create("/api/conventions/" + conventionId + "/avenants/" + avenantId))
                .headers(proposed.getHeaders()).body(proposed.getBody());
    }

    @PostMapping("/avenants/{avenantId}/signatures")
    @PreAuthorize(ConventionAccess.MANAGERS)
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
        ConventionView view = conventions.manage(conventionId, ifMatch, command);
        return ExistingConventions.answer(view, view);
    }

    private ResponseEntity<ConventionView> association(String conventionId, String ifMatch,
                                                       Function<Long, Object> command) {
        ConventionView view = conventions.associationOrManage(conventionId, ifMatch, command);
        return ExistingConventions.answer(view, view);
    }
}
