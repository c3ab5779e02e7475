package fr.ipe.stagebank.api;

import fr.ipe.platform.time.BusinessClock;
import fr.ipe.platform.web.ResourceNotFoundException;
import fr.ipe.platform.web.Versions;
import fr.ipe.stagebank.api.CommitmentRequests.CommitmentRequest;
import fr.ipe.stagebank.api.CommitmentRequests.DeclineRequest;
import fr.ipe.stagebank.api.CommitmentRequests.RenewalRequest;
import fr.ipe.stagebank.domain.CommitmentCommands.CommitCompany;
import fr.ipe.stagebank.domain.CommitmentCommands.DeclineRenewal;
import fr.ipe.stagebank.domain.CommitmentCommands.RenewCommitment;
import fr.ipe.stagebank.query.CommitmentView;
import fr.ipe.stagebank.query.CommitmentViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stage-bank/commitments")
@Validated
@Tag(name = "Company commitments", description = "Objectif stages' contract of trust: trainees a company commits to host")
public class CommitmentController {

    private final CommandGateway commands;
    private final CommitmentViews commitments;
    private final StageBankAccess access;
    private final BusinessClock clock;

    public CommitmentController(CommandGateway commands, CommitmentViews commitments, StageBankAccess access,
                                BusinessClock clock) {
        this.commands = commands;
        this.commitments = commitments;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Record a company's commitment to host trainees",
            description = "Objectif stages (2005): the company (valid SIRET) commits to host the number of trainees it "
                    + "chooses (1 to 500) in the académie, or in one bassin of it, for a school year written "
                    + "2009-2010 that is not over (422 school-year-over). Callers: the académie's RECTORAT, or the "
                    + "ASSOCIATION for a member company (403 for "
                    + "another académie's RECTORAT). Answers 201 with the commitment, its Location and ETag.")
    public ResponseEntity<CommitmentView> commit(@Valid @RequestBody CommitmentRequest request) {
        access.requireOfferEntry(request.academie());
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new CommitCompany(id, request.academie(), request.bassin(), request.companySiret(),
                request.companyName(), request.trainees(), request.schoolYear(), clock.today()));
        CommitmentView view = found(id);
        return ResponseEntity.created(URI.create("/api/stage-bank/commitments/" + id))
                .eTag(Versions.etag(view.version())).body(view);
    }

    @PostMapping("/{commitmentId}/renewals")
    @Operation(summary = "Renew a commitment for the next school year",
            description = "The commitment is renewed year by year, for the school year following its last one only "
                    + "(422 otherwise) and before that year is over (422 school-year-over), with the number of "
                    + "trainees the company chooses; 409 once the company "
                    + "declined. Callers: the académie's RECTORAT or the ASSOCIATION.")
    public ResponseEntity<CommitmentView> renew(@PathVariable @Size(max = 64) String commitmentId,
                                                @Valid @RequestBody RenewalRequest request) {
        access.requireOfferEntry(found(commitmentId).academie());
        commands.sendAndWait(new RenewCommitment(commitmentId, request.schoolYear(), request.trainees(),
                clock.today()));
        CommitmentView view = found(commitmentId);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @PostMapping("/{commitmentId}/renewal-declines")
    @Operation(summary = "Record that the company declines to renew, with its reason",
            description = "After a bad experience a company may not renew (Objectif stages): its refusal for the next "
                    + "school year (before it is over) is recorded with the reason and ends the commitment (409 when "
                    + "already declined). "
                    + "Callers: the académie's RECTORAT or the ASSOCIATION.")
    public ResponseEntity<CommitmentView> decline(@PathVariable @Size(max = 64) String commitmentId,
                                                  @Valid @RequestBody DeclineRequest request) {
        access.requireOfferEntry(found(commitmentId).academie());
        commands.sendAndWait(new DeclineRenewal(commitmentId, request.schoolYear(), request.reason(), clock.today()));
        CommitmentView view = found(commitmentId);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @GetMapping("/{commitmentId}")
    @PreAuthorize(StageBankAccess.OFFER_READERS)
    @Operation(summary = "One commitment, year by year",
            description = "The trainees committed each school year and the refusal to renew if any. Readers: "
                    + "NATIONAL, ASSOCIATION and the académie's RECTORAT (403 for another académie).")
    public ResponseEntity<CommitmentView> get(@PathVariable @Size(max = 64) String commitmentId) {
        CommitmentView view = found(commitmentId);
        access.requireRead(view.academie());
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @GetMapping
    @PreAuthorize(StageBankAccess.OFFER_READERS)
    @Operation(summary = "Commitments by académie, company and status, paged by cursor",
            description = "`limit` is 1 to 200, `next` the cursor of the following page. NATIONAL and ASSOCIATION read "
                    + "every académie; a RECTORAT its own, and asking for another is refused (403).")
    public StagePage<CommitmentView> list(
            @RequestParam(required = false) @Pattern(regexp = "[a-z]+(-[a-z]+)*") @Size(max = 64) String academie,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{14}") String companySiret,
            @RequestParam(required = false) CommitmentView.Status status,
            @RequestParam(required = false) @Size(max = 64) String after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(StagePage.MAX_PAGE) int limit) {
        String confined = access.listedAcademie(academie);
        return StagePage.of(commitments.page(confined, companySiret, status, after, limit), limit,
                CommitmentView::commitmentId);
    }

    private CommitmentView found(String commitmentId) {
        return commitments.find(commitmentId)
                .orElseThrow(() -> new ResourceNotFoundException("commitment", commitmentId));
    }
}
