package fr.ipe.stagebank.api;

import fr.ipe.platform.bounds.Academie;
import fr.ipe.platform.web.Answers;
import fr.ipe.platform.web.Page;
import fr.ipe.platform.web.Versions;
import fr.ipe.stagebank.api.CommitmentRequests.CommitmentRequest;
import fr.ipe.stagebank.api.CommitmentRequests.DeclineRequest;
import fr.ipe.stagebank.api.CommitmentRequests.RenewalRequest;
import fr.ipe.stagebank.application.CommittingCompanies;
import fr.ipe.stagebank.application.StageBankAccess;
import fr.ipe.stagebank.query.CommitmentView;
import fr.ipe.stagebank.query.CommitmentViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stage-bank/commitments")
@Validated
@Tag(name = "Company commitments", description = "Objectif stages' contract of trust: trainees a company commits to host")
public class CommitmentController {

    private final CommittingCompanies committing;
    private final CommitmentViews commitments;
    private final StageBankAccess access;

    public CommitmentController(CommittingCompanies committing, CommitmentViews commitments,
                                StageBankAccess access) {
        this.committing = committing;
        this.commitments = commitments;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize(StageBankAccess.OFFER_ENTRANTS)
    @Operation(summary = "Record a company's commitment to host trainees",
            description = "Objectif stages (2005): the company (valid SIRET) commits to host the number of trainees it "
                    + "chooses (1 to 500) in the académie, or in one bassin of it, for a school year written "
                    + "2009-2010 that is not over (422 school-year-over; 422 invalid-period for a period that is not a "
                    + "school year). Callers: the académie's RECTORAT, or the ASSOCIATION for a member company (403 "
                    + "for another académie's RECTORAT). Answers 201 with the commitment, its Location and ETag.")
    public ResponseEntity<CommitmentView> commit(@Valid @RequestBody CommitmentRequest request) {
        CommitmentView commitment = committing.commit(request);
        return Answers.created("/api/stage-bank/commitments/" + commitment.commitmentId(), commitment,
                commitment.version());
    }

    @PostMapping("/{commitmentId}/renewals")
    @PreAuthorize(StageBankAccess.OFFER_ENTRANTS)
    @Operation(summary = "Renew a commitment for the next school year",
            description = "The commitment is renewed year by year, for the school year following its last one only "
                    + "(422 otherwise) and before that year is over (422 school-year-over), with the number of "
                    + "trainees the company chooses; 409 once the company declined. Callers: the académie's RECTORAT "
                    + "or the ASSOCIATION." + ApiConventions.IF_MATCH)
    public ResponseEntity<CommitmentView> renew(@PathVariable @Size(max = 64) String commitmentId,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody RenewalRequest request) {
        CommitmentView commitment = committing.renew(commitmentId, Versions.expected(ifMatch), request.schoolYear(),
                request.trainees());
        return Answers.ok(commitment, commitment.version());
    }

    @PostMapping("/{commitmentId}/renewal-declines")
    @PreAuthorize(StageBankAccess.OFFER_ENTRANTS)
    @Operation(summary = "Record that the company declines to renew, with its reason",
            description = "After a bad experience a company may not renew (Objectif stages): its refusal for the next "
                    + "school year (before it is over) is recorded with the reason and ends the commitment (409 when "
                    + "already declined). Callers: the académie's RECTORAT or the ASSOCIATION."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<CommitmentView> decline(@PathVariable @Size(max = 64) String commitmentId,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody DeclineRequest request) {
        CommitmentView commitment = committing.decline(commitmentId, Versions.expected(ifMatch),
                request.schoolYear(), request.reason());
        return Answers.ok(commitment, commitment.version());
    }

    @GetMapping("/{commitmentId}")
    @PreAuthorize(StageBankAccess.OFFER_READERS)
    @Operation(summary = "One commitment, year by year",
            description = "The trainees committed each school year and the refusal to renew if any. Readers: "
                    + "NATIONAL, ASSOCIATION and the académie's RECTORAT (403 for another académie).")
    public ResponseEntity<CommitmentView> get(@PathVariable @Size(max = 64) String commitmentId) {
        CommitmentView commitment = committing.visible(commitmentId);
        return Answers.ok(commitment, commitment.version());
    }

    @GetMapping
    @PreAuthorize(StageBankAccess.OFFER_READERS)
    @Operation(summary = "Commitments by académie, company and status, paged by cursor",
            description = "`limit` is 1 to 200, `next` the cursor of the following page. NATIONAL and ASSOCIATION read "
                    + "every académie; a RECTORAT its own, and asking for another is refused (403).")
    public Page<CommitmentView> list(
            @RequestParam(required = false) @Academie String academie,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{14}") String companySiret,
            @RequestParam(required = false) CommitmentView.Status status,
            @RequestParam(required = false) @Size(max = 64) String after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(ApiConventions.MAX_PAGE) int limit) {
        String confined = access.listedAcademie(academie);
        return Page.of(commitments.page(confined, companySiret, status, after, limit), limit,
                CommitmentView::commitmentId);
    }
}
