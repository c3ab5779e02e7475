package fr.ipe.convention.api;

import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionStatus;
import fr.ipe.convention.application.ConcludingConventions;
import fr.ipe.convention.application.ConventionAccess;
import fr.ipe.convention.application.ReadingConventions;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.platform.bounds.Academie;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.web.Answers;
import fr.ipe.platform.web.Page;
import fr.ipe.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/conventions")
@Validated
@Tag(name = "Conventions", description = "The national convention, secondment agreements and partnership conventions")
public class ConventionController {

    static final int MAX_PAGE = 200;

    private final ConcludingConventions concluding;
    private final ReadingConventions reading;

    public ConventionController(ConcludingConventions concluding, ReadingConventions reading) {
        this.concluding = concluding;
        this.reading = reading;
    }

    @PostMapping
    @PreAuthorize(ConventionAccess.MANAGERS)
    @Operation(summary = "Draft a convention",
            description = "Drafts a national multi-year convention (role NATIONAL), or a secondment agreement, "
                    + "partnership convention or framework agreement of the caller's académie (role RECTORAT). The "
                    + "objectives (art. 1) are required. The national convention carries the State subsidy (art. 4): "
                    + "`yearlySubsidyCents` has one amount per convention year and adds up to `subsidyTotalCents`; "
                    + "the other kinds carry none. The duration is 1 to 10 years (art. 2: the 2007 convention was 4); "
                    + "the annex 2 `budget` must balance, and its State subsidy line equal the total. Parties carry a "
                    + "valid SIRET, UAI or académie. Answers 201 with the drafted convention, its Location and its "
                    + "ETag.")
    public ResponseEntity<ConventionView> draft(@Valid @RequestBody DraftConventionRequest request) {
        ConventionView drafted = concluding.draft(request.kind(), request.academie(), request.partiesStripped(),
                request.terms());
        return Answers.created(ApiConventions.location(drafted), drafted, drafted.version());
    }

    @PostMapping("/{conventionId}/signatures")
    @PreAuthorize(ConventionAccess.MANAGERS)
    @Operation(summary = "Record a party's signature",
            description = "Records the signature of one party of the convention (refused, 422, for a role that is not "
                    + "a party; 409 once that party signed). Once every party signed, the convention is SIGNED and "
                    + "comes into force on its start date. Role: NATIONAL for the national convention, the académie's "
                    + "RECTORAT otherwise." + ApiConventions.IF_MATCH)
    public ResponseEntity<ConventionView> sign(@PathVariable @Size(max = 64) String conventionId,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody SignatureRequest request) {
        ConventionView signed = concluding.sign(conventionId, Versions.expected(ifMatch), request.party(),
                request.signatory(), request.signedOn());
        return Answers.ok(signed, signed.version());
    }

    @GetMapping("/{conventionId}")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "One convention: current terms, parties, signatures and version",
            description = "The convention's current terms (the original plus the applied avenants, art. 11), its "
                    + "parties, signatures, status, milestones and pending avenants; the ETag is its version, to send "
                    + "back as If-Match. Readers: NATIONAL, ASSOCIATION, FINANCE, OPS, RECTORAT (IPE gets 403); a "
                    + "RECTORAT sees the national conventions and its own académie's only (403 otherwise).")
    public ResponseEntity<ConventionView> get(@PathVariable @Size(max = 64) String conventionId) {
        ConventionView convention = reading.visible(conventionId);
        return Answers.ok(convention, convention.version());
    }

    @GetMapping
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "Conventions by kind, académie, status and party (SIRET, UAI, académie or MINISTRY), paged "
            + "by cursor",
            description = "Filters combine; `limit` is 1 to 200 and `next` is the cursor of the following page "
                    + "(absent on the last). Readers: NATIONAL, ASSOCIATION, FINANCE, OPS and RECTORAT (IPE gets "
                    + "403); a RECTORAT only gets the national conventions and its own académie's, and asking for "
                    + "another académie is refused (403).")
    public Page<ConventionView> list(@RequestParam(required = false) ConventionKind kind,
                                     @RequestParam(required = false) @Academie String academie,
                                     @RequestParam(required = false) ConventionStatus status,
                                     @RequestParam(required = false) @Size(max = 64) String party,
                                     @RequestParam(required = false) @Size(max = 64) String after,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE) int limit) {
        return reading.page(kind, academie, status, party, after, limit);
    }

    @GetMapping("/{conventionId}/versions")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "Every version of the convention's terms: the original, then each avenant and renewal",
            description = "The terms as drafted, then as each signed avenant (art. 11) changed them, oldest first. "
                    + "Readers (NATIONAL, ASSOCIATION, FINANCE, OPS, RECTORAT of its académie).")
    public List<ConventionView.TermsVersion> versions(@PathVariable @Size(max = 64) String conventionId) {
        return reading.visible(conventionId).versions();
    }

    /** Annex 2 as it stands, with its totals. */
    public record BudgetReport(long incomeCents, long spendingCents, Budget budget) {
    }

    @GetMapping("/{conventionId}/budget")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The current provisional budget (annex 2) and its totals",
            description = "Income and spending lines of annex 2 as the current terms state them, with their totals "
                    + "(they balance); 404 when the convention has no budget. Readers (NATIONAL, ASSOCIATION, "
                    + "FINANCE, OPS, RECTORAT of its académie).")
    public BudgetReport budget(@PathVariable @Size(max = 64) String conventionId) {
        Budget budget = reading.budget(conventionId);
        return new BudgetReport(budget.incomeCents(), budget.spendingCents(), budget);
    }
}
