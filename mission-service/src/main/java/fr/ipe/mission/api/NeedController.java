package fr.ipe.mission.api;

import fr.ipe.mission.application.DecidingCandidatures;
import fr.ipe.mission.application.MissionAccess;
import fr.ipe.mission.application.PostingNeeds;
import fr.ipe.mission.application.SpecifyingMissions;
import fr.ipe.mission.application.SubmittingCandidatures;
import fr.ipe.mission.query.NeedView;
import fr.ipe.mission.query.NeedViewRepository;
import fr.ipe.platform.bounds.Academie;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.web.Answers;
import fr.ipe.platform.web.Page;
import fr.ipe.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
@RequestMapping(NeedController.PATH)
@Validated
@Tag(name = "Needs", description = "Mission needs, candidatures and specifications (annex 1, steps 1 to 4)")
public class NeedController {

    static final String PATH = "/api/missions/needs";

    private final PostingNeeds posting;
    private final SubmittingCandidatures submitting;
    private final DecidingCandidatures deciding;
    private final SpecifyingMissions specifying;
    private final NeedViewRepository needs;
    private final MissionAccess access;
    private final AcademieScope scope;

    public NeedController(PostingNeeds posting, SubmittingCandidatures submitting, DecidingCandidatures deciding,
                          SpecifyingMissions specifying, NeedViewRepository needs, MissionAccess access,
                          AcademieScope scope) {
        this.posting = posting;
        this.submitting = submitting;
        this.deciding = deciding;
        this.specifying = specifying;
        this.needs = needs;
        this.access = access;
        this.scope = scope;
    }

    @PostMapping
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "Post a mission need",
            description = "A rectorat (RECTORAT, for its own académie: 403 for another) or the ministry (NATIONAL, "
                    + "`academie` absent: a national mission at the DGESCO) posts a need: title, profile, mission axes "
                    + "valid on `postedOn` (422 `axisCodes`), optionally a national priority the board adopted "
                    + "(`priorityYear` + `priorityCode`, 422 otherwise), and the non-substitution declaration: "
                    + "`nonSubstitutionDeclared` true with its `nonSubstitutionJustification` — the post is not one of "
                    + "the civil service's; without it the need is refused (422 naming the field)."
                    + ApiConventions.CREATED)
    public ResponseEntity<NeedView> post(@Valid @RequestBody NeedRequests.NeedRequest request) {
        NeedView need = posting.post(request);
        return Answers.created(PATH + "/" + need.needId(), need, need.version());
    }

    @GetMapping("/{needId}")
    @PreAuthorize(MissionAccess.NEED_READERS)
    @Operation(summary = "One need with its candidatures and specification",
            description = "Readers: NATIONAL, ASSOCIATION, OPS, and the need's RECTORAT (403 for another académie, for "
                    + "IPE and FINANCE). The ETag is the need's version, for If-Match.")
    public ResponseEntity<NeedView> get(@PathVariable @Size(max = 64) String needId) {
        NeedView need = posting.visible(needId);
        return Answers.ok(need, need.version());
    }

    @GetMapping
    @PreAuthorize(MissionAccess.NEED_READERS)
    @Operation(summary = "Needs by académie or national, paged by cursor",
            description = "`academie` filters one académie, `national=true` the DGESCO's; `limit` 1 to 200. Readers: "
                    + "NATIONAL, ASSOCIATION, OPS; a RECTORAT gets its own académie's only (403 when asking for "
                    + "another or for the national needs).")
    public Page<NeedView> list(@RequestParam(required = false) @Academie String academie,
                               @RequestParam(defaultValue = "false") boolean national,
                               @RequestParam(required = false) @Size(max = 64) String after,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(ApiConventions.MAX_PAGE) int limit) {
        access.requireReadNeed(national ? null : academie != null ? academie : scope.restriction().orElse(null));
        return Page.of(needs.page(academie, national, scope.restriction(), after, limit), limit, NeedView::needId);
    }

    @PostMapping("/{needId}/candidatures")
    @PreAuthorize(MissionAccess.ASSOCIATION)
    @Operation(summary = "Submit a company's candidate for the need",
            description = "The association (ASSOCIATION), for a member company, submits a registered IPE (422 `ipeId` "
                    + "otherwise), whose company is the candidature's; once per IPE and need (409), not after the need "
                    + "has its selected IPE (409 `need-filled`), not for an erased IPE (409 `ipe-erased`); submitted on "
                    + "or after the need was posted (422 `submittedOn`, `candidature-before-need`). Answers 201 with "
                    + "the need, the candidature's Location and the need's new version as the ETag; send If-Match with "
                    + "the need's ETag to refuse a stale write (412).")
    public ResponseEntity<NeedView> submit(@PathVariable @Size(max = 64) String needId,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody NeedRequests.CandidatureRequest request) {
        SubmittingCandidatures.Submitted submitted = submitting.submit(needId, Versions.expected(ifMatch),
                request.ipeId(), request.submittedOn());
        return Answers.created(PATH + "/" + needId + "/candidatures/" + submitted.candidatureId(), submitted.need(),
                submitted.need().version());
    }

    @PostMapping("/{needId}/candidatures/{candidatureId}/preselection")
    @PreAuthorize(MissionAccess.ASSOCIATION)
    @Operation(summary = "Pre-select a candidature",
            description = "The association (ASSOCIATION) pre-selects a submitted candidature with the companies (409 "
                    + "when it is not SUBMITTED or its IPE was erased; 422 for an unknown candidature), on or after "
                    + "its submission (422 `on`, `preselection-before-candidature`)." + ApiConventions.IF_MATCH)
    public ResponseEntity<NeedView> preselect(@PathVariable @Size(max = 64) String needId,
                                              @PathVariable @Size(max = 64) String candidatureId,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody NeedRequests.DecisionRequest request) {
        NeedView need = deciding.preselect(needId, candidatureId, Versions.expected(ifMatch), request.on());
        return Answers.ok(need, need.version());
    }

    @PostMapping("/{needId}/candidatures/{candidatureId}/selection")
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "Select the IPE of the need",
            description = "The need's recteur (RECTORAT of its académie; NATIONAL for a national need) selects a "
                    + "pre-selected candidature (409 otherwise, or when its IPE was erased); one selected IPE per need "
                    + "(409 `need-filled`); on or after the pre-selection (422 `on`, `selection-before-preselection`)."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<NeedView> select(@PathVariable @Size(max = 64) String needId,
                                           @PathVariable @Size(max = 64) String candidatureId,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody NeedRequests.DecisionRequest request) {
        NeedView need = deciding.select(needId, candidatureId, Versions.expected(ifMatch), request.on());
        return Answers.ok(need, need.version());
    }

    @PostMapping("/{needId}/candidatures/{candidatureId}/rejection")
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "Reject a candidature, with a reason",
            description = "The need's recteur (RECTORAT of its académie; NATIONAL for a national need) rejects a "
                    + "candidature not yet decided (409 otherwise), stating the reason, on or after its submission or "
                    + "pre-selection (422 `on`)." + ApiConventions.IF_MATCH)
    public ResponseEntity<NeedView> reject(@PathVariable @Size(max = 64) String needId,
                                           @PathVariable @Size(max = 64) String candidatureId,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody NeedRequests.RejectionRequest request) {
        NeedView need = deciding.reject(needId, candidatureId, Versions.expected(ifMatch), request.reason(),
                request.on());
        return Answers.ok(need, need.version());
    }

    @PostMapping("/{needId}/specification")
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "Write (or rewrite) the need's specification",
            description = "The recteur (RECTORAT of its académie; NATIONAL for a national need) writes the cahier des "
                    + "charges (annex 1, step 4) of the IPE it selected (409 `no-selected-ipe` before the selection): "
                    + "objectives, calendar, means and a duration of 1 to 72 months (422 `durationMonths`), on or after "
                    + "the selection and the specification it rewrites (422 `specifiedOn`, "
                    + "`specification-before-selection`). A delegation needs it and follows its duration."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<NeedView> specify(@PathVariable @Size(max = 64) String needId,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody NeedRequests.SpecificationRequest request) {
        NeedView need = specifying.specify(needId, Versions.expected(ifMatch), request.objectives(),
                request.calendar(), request.means(), request.durationMonths(), request.specifiedOn());
        return Answers.ok(need, need.version());
    }
}
