package fr.ipe.convention.api;

import fr.ipe.convention.application.AmendingConventions;
import fr.ipe.convention.application.ConventionAccess;
import fr.ipe.convention.application.ReadingConventions;
import fr.ipe.convention.application.RecordingAssociationDuties;
import fr.ipe.convention.application.RenewingConvention;
import fr.ipe.convention.application.TerminatingConventions;
import fr.ipe.convention.domain.AssociationDuties;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.web.Answers;
import fr.ipe.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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

    private final RecordingAssociationDuties duties;
    private final TerminatingConventions terminating;
    private final RenewingConvention renewing;
    private final AmendingConventions amending;
    private final ReadingConventions reading;

    public LifecycleController(RecordingAssociationDuties duties, TerminatingConventions terminating,
                               RenewingConvention renewing, AmendingConventions amending, ReadingConventions reading) {
        this.duties = duties;
        this.terminating = terminating;
        this.renewing = renewing;
        this.amending = amending;
        this.reading = reading;
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
        return reading.obligations(conventionId);
    }

    @PostMapping("/documents")
    @PreAuthorize(ConventionAccess.ASSOCIATION_DUTIES)
    @Operation(summary = "File a yearly document of the association (financial report, annual accounts, auditor's "
            + "report)",
            description = "Records that the association filed one of its article 5 documents for a fiscal year of the "
                    + "convention (422 outside it; 409 when already filed); a late filing is recorded as late, and a "
                    + "document still missing at an anniversary stops the tacit renewal (art. 2). Role ASSOCIATION, "
                    + "or NATIONAL recording it." + ApiConventions.IF_MATCH)
    public ResponseEntity<ConventionView> fileDocument(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.DocumentFiling body) {
        return answer(duties.fileDocument(conventionId, Versions.expected(ifMatch), body.fiscalYear(), body.document(),
                body.filedOn()));
    }

    @PostMapping("/general-assemblies")
    @PreAuthorize(ConventionAccess.ASSOCIATION_DUTIES)
    @Operation(summary = "Record the association's general assembly approving a fiscal year",
            description = "The documents of that fiscal year become due one month after the assembly, and at the latest "
                    + "six months after the close of the fiscal year (art. 2); 422 for an assembly before the close or a "
                    + "fiscal year outside the convention, 409 when already recorded. Role ASSOCIATION, or NATIONAL."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<ConventionView> recordGeneralAssembly(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.GeneralAssemblyRecord body) {
        return answer(duties.recordGeneralAssembly(conventionId, Versions.expected(ifMatch), body.fiscalYear(),
                body.heldOn()));
    }

    @PostMapping("/declarations")
    @PreAuthorize(ConventionAccess.ASSOCIATION_DUTIES)
    @Operation(summary = "File the copy of a declaration of the decree of 16 August 1901 (art. 6)",
            description = "Sent without delay: a copy filed more than a month after the declaration is late, and a late "
                    + "copy stands in the way of the next tacit renewal (art. 2). Role ASSOCIATION, or NATIONAL."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<ConventionView> fileDeclarationCopy(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.DeclarationCopyFiling body) {
        return answer(duties.fileDeclarationCopy(conventionId, Versions.expected(ifMatch), body.article(),
                body.declaredOn(), body.filedOn()));
    }

    @PostMapping("/final-evaluation")
    @PreAuthorize(ConventionAccess.ASSOCIATION_DUTIES)
    @Operation(summary = "File the final evaluation (due before 1 July of the last year)",
            description = "Records the final evaluation of article 9 (conformity to article 1, general interest, "
                    + "follow-ups); a renewal (art. 10) requires it. 409 when already filed. Role ASSOCIATION, or "
                    + "NATIONAL recording it." + ApiConventions.IF_MATCH)
    public ResponseEntity<ConventionView> fileEvaluation(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.EvaluationFiling body) {
        return answer(duties.fileFinalEvaluation(conventionId, Versions.expected(ifMatch), body.filedOn()));
    }

    @PostMapping("/termination-notices")
    @PreAuthorize(ConventionAccess.TERMINATION)
    @Operation(summary = "Give formal notice of termination; it takes effect three months later",
            description = "Article 12: a party that did not respect its commitments (`breachedArticle` names the "
                    + "article) may be given formal notice; the convention ends three months after the notice unless "
                    + "it is withdrawn. Role NATIONAL for either party, ASSOCIATION in its own name only (403 "
                    + "otherwise); 409 when a notice is already running or the convention has ended."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<ConventionView> notifyTermination(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.TerminationNotice body) {
        return answer(terminating.giveNotice(conventionId, Versions.expected(ifMatch), body.party(), body.noticeOn(),
                body.breachedArticle(), body.reason()));
    }

    @PostMapping("/termination-withdrawals")
    @PreAuthorize(ConventionAccess.TERMINATION)
    @Operation(summary = "Withdraw the notice of termination before it takes effect",
            description = "Withdraws the running article 12 notice; only the party that gave it may (422 otherwise); 409 "
                    + "when there is none or it already took effect. Role NATIONAL, or ASSOCIATION for its own notice."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<ConventionView> withdrawTermination(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.TerminationWithdrawal body) {
        return answer(terminating.withdrawNotice(conventionId, Versions.expected(ifMatch), body.party(),
                body.withdrawnOn()));
    }

    @PostMapping("/renewals")
    @PreAuthorize(ConventionAccess.MINISTRY)
    @Operation(summary = "Conclude a new convention that follows this one (art. 10)",
            description = "Allowed once the final evaluation's conclusions were filed (422 otherwise). The new convention "
                    + "has its own terms, objectives, subsidy, budget and annexes, the same parties, and starts after "
                    + "this one ends; the same rules as a draft apply; both conventions change, or neither. Answers 201 "
                    + "with the new convention, drafted and awaiting its signatures, its Location and its ETag. Role "
                    + "NATIONAL. Send If-Match with the ETag you read of this convention to refuse a stale renewal "
                    + "(412).")
    public ResponseEntity<ConventionView> renew(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.Renewal body) {
        ConventionView successor = renewing.renew(conventionId, Versions.expected(ifMatch), body.renewedOn(),
                body.terms());
        return Answers.created(ApiConventions.location(successor), successor, successor.version());
    }

    @PostMapping("/avenants")
    @PreAuthorize(ConventionAccess.MANAGERS)
    @Operation(summary = "Propose an avenant: new dates, amounts, budget lines or annexes, never the objectives",
            description = "Article 11: any change of the terms goes through an avenant both parties sign; it states "
                    + "what changes and may never change the objectives of article 1 nor annex 1 (422). Moving the "
                    + "end date moves the documents, evaluation and anniversaries tied to it. One avenant pending at "
                    + "a time (409). Answers 201 with the avenant's Location and the convention, its new version as the "
                    + "ETag. Role NATIONAL for the national convention, the académie's RECTORAT otherwise. Send If-Match "
                    + "with the ETag you read to refuse a stale write (412).")
    public ResponseEntity<ConventionView> proposeAvenant(@PathVariable @Size(max = 64) String conventionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LifecycleRequests.AvenantProposal body) {
        AmendingConventions.Proposed proposed = amending.propose(conventionId, Versions.expected(ifMatch),
                body.amendment());
        ConventionView convention = proposed.convention();
        return Answers.created(ApiConventions.location(convention) + "/avenants/" + proposed.avenantId(), convention,
                convention.version());
    }

    @PostMapping("/avenants/{avenantId}/signatures")
    @PreAuthorize(ConventionAccess.MANAGERS)
    @Operation(summary = "Record a party's signature of an avenant; once every party signed, it applies",
            description = "Once both parties signed (art. 11), the avenant's changes become the current terms and a "
                    + "new version of the terms. 409 for an unknown or already signed avenant. Same roles as the "
                    + "convention's other commands." + ApiConventions.IF_MATCH)
    public ResponseEntity<ConventionView> signAvenant(@PathVariable @Size(max = 64) String conventionId,
            @PathVariable @Size(max = 64) String avenantId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SignatureRequest body) {
        return answer(amending.sign(conventionId, avenantId, Versions.expected(ifMatch), body.party(), body.signatory(),
                body.signedOn()));
    }

    private static ResponseEntity<ConventionView> answer(ConventionView convention) {
        return Answers.ok(convention, convention.version());
    }
}
