package fr.ipe.convention.api;

import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionStatus;
import fr.ipe.convention.domain.DraftConvention;
import fr.ipe.convention.domain.SignConvention;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.convention.query.ConventionViewRepository;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.web.ResourceNotFoundException;
import fr.ipe.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
@RequestMapping("/api/conventions")
@Validated
@Tag(name = "Conventions", description = "The national convention, secondment agreements and partnership conventions")
public class ConventionController {

    static final int MAX_PAGE = 200;

    private final CommandGateway commands;
    private final ConventionViewRepository views;
    private final ConventionAccess access;
    private final ExistingConventions conventions;
    private final AcademieScope scope;

    public ConventionController(CommandGateway commands, ConventionViewRepository views, ConventionAccess access,
                                ExistingConventions conventions, AcademieScope scope) {
        this.commands = commands;
        this.views = views;
        this.access = access;
        this.conventions = conventions;
        this.scope = scope;
    }

    @PostMapping
    @Operation(summary = "Draft a convention", description = "Answers 201 with the drafted convention and its ETag.")
    public ResponseEntity<ConventionView> draft(@Valid @RequestBody DraftConventionRequest request) {
        access.requireManage(request.kind(), request.academie());
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new DraftConvention(id, request.kind(), request.title(), request.objectives(),
                request.academie(), request.partiesStripped(), request.startDate(), request.durationYears(),
                request.subsidyTotalCents(), request.yearlySubsidyCents(), request.fiscalYearEnd(),
                BudgetRequest.toBudget(request.budget()), BudgetRequest.toAnnexes(request.annexes()), null));
        ConventionView view = conventions.found(id);
        return ResponseEntity.created(URI.create("/api/conventions/" + id)).eTag(Versions.etag(view.version())).body(view);
    }

    @PostMapping("/{conventionId}/signatures")
    @Operation(summary = "Record a party's signature", description = "Once every party signed, the convention is SIGNED. "
            + "Send If-Match with the ETag you read to refuse a stale write.")
    public ResponseEntity<ConventionView> sign(@PathVariable @Size(max = 64) String conventionId,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody SignatureRequest request) {
        ConventionView view = conventions.manage(conventionId, ifMatch, version -> new SignConvention(
                conventionId, request.party(), request.signatory(), request.signedOn(), version));
        return ExistingConventions.answer(view, view);
    }

    @GetMapping("/{conventionId}")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "One convention: current terms, parties, signatures and version")
    public ResponseEntity<ConventionView> get(@PathVariable @Size(max = 64) String conventionId) {
        ConventionView view = conventions.visible(conventionId);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @GetMapping
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "Conventions by kind, académie, status and party (SIRET, UAI, académie or MINISTRY), "
            + "paged by cursor")
    public ConventionPage list(@RequestParam(required = false) ConventionKind kind,
                               @RequestParam(required = false) @Size(max = 64) String academie,
                               @RequestParam(required = false) ConventionStatus status,
                               @RequestParam(required = false) @Size(max = 64) String party,
                               @RequestParam(required = false) @Size(max = 64) String after,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE) int limit) {
        scope.requireVisible(academie);
        Optional<String> confinedTo = scope.restriction();
        List<ConventionView> items = views.page(kind, academie, status, party, confinedTo, after, limit);
        String next = items.size() == limit ? items.get(items.size() - 1).conventionId() : null;
        return new ConventionPage(items, next);
    }

    @GetMapping("/{conventionId}/versions")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "Every version of the convention's terms: the original, then each avenant and renewal")
    public List<ConventionView.TermsVersion> versions(@PathVariable @Size(max = 64) String conventionId) {
        return conventions.visible(conventionId).versions();
    }

    /** Annex 2 as it stands, with its totals. */
    public record BudgetReport(long incomeCents, long spendingCents, Budget budget) {
    }

    @GetMapping("/{conventionId}/budget")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The current provisional budget (annex 2) and its totals")
    public BudgetReport budget(@PathVariable @Size(max = 64) String conventionId) {
        Budget budget = conventions.visible(conventionId).terms().budget();
        if (budget == null) {
            throw new ResourceNotFoundException("budget of convention", conventionId);
        }
        return new BudgetReport(budget.incomeCents(), budget.spendingCents(), budget);
    }
}
