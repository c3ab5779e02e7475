package fr.ipe.mission.api;

import fr.ipe.mission.domain.NeedCommands.PostNeed;
import fr.ipe.mission.domain.NeedCommands.PreselectCandidature;
import fr.ipe.mission.domain.NeedCommands.RejectCandidature;
import fr.ipe.mission.domain.NeedCommands.SelectCandidature;
import fr.ipe.mission.domain.NeedCommands.SpecifyMission;
import fr.ipe.mission.domain.NeedCommands.SubmitCandidature;
import fr.ipe.mission.query.IpeView;
import fr.ipe.mission.query.NeedView;
import fr.ipe.mission.query.NeedViewRepository;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.domain.Identifiers;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.security.AcademieScope;
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
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
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
@RequestMapping("/api/missions/needs")
@Validated
@Tag(name = "Needs", description = "Mission needs, candidatures and specifications (annex 1, steps 1 to 4)")
public class NeedController {

    private final CommandGateway commands;
    private final NeedViewRepository needs;
    private final ReferenceRepository references;
    private final MissionAccess access;
    private final AcademieScope scope;

    public NeedController(CommandGateway commands, NeedViewRepository needs, ReferenceRepository references,
                          MissionAccess access, AcademieScope scope) {
        this.commands = commands;
        this.needs = needs;
        this.references = references;
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
                    + "the civil service's; without it the need is refused (422 naming the field). Answers 201.")
    public ResponseEntity<NeedView> post(@Valid @RequestBody NeedRequests.NeedRequest request) {
        if (request.academie() != null && !Identifiers.isAcademieSlug(request.academie())) {
            throw RuleViolation.unprocessable("invalid-academie", "academie", "an académie is a slug such as lyon");
        }
        access.requireManage(request.academie());
        boolean adopted = request.priorityYear() != null && request.priorityCode() != null
                && references.priorities(request.priorityYear()).filter(p -> p.names(request.priorityCode())).isPresent();
        String needId = UUID.randomUUID().toString();
        commands.sendAndWait(new PostNeed(needId, request.academie(), request.title(), request.profile(),
                request.axisCodes() == null ? List.of() : request.axisCodes(), request.priorityYear(),
                request.priorityCode(), adopted, request.nonSubstitutionDeclared(),
                request.nonSubstitutionJustification(), request.postedOn()));
        NeedView view = found(needId);
        return ResponseEntity.created(URI.create("/api/missions/needs/" + needId)).eTag(Versions.etag(view.version()))
                .body(view);
    }

    @GetMapping("/{needId}")
    @PreAuthorize(MissionAccess.NEED_READERS)
    @Operation(summary = "One need with its candidatures and specification",
            description = "Readers: NATIONAL, ASSOCIATION, OPS, and the need's RECTORAT (403 for another académie, for "
                    + "IPE and FINANCE). The ETag is the need's version, for If-Match.")
    public ResponseEntity<NeedView> get(@PathVariable @Size(max = 64) String needId) {
        NeedView view = found(needId);
        access.requireReadNeed(view.academie());
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @GetMapping
    @PreAuthorize(MissionAccess.NEED_READERS)
    @Operation(summary = "Needs by académie or national, paged by cursor",
            description = "`academie` filters one académie, `national=true` the DGESCO's; `limit` 1 to 200. Readers: "
                    + "NATIONAL, ASSOCIATION, OPS; a RECTORAT gets its own académie's only (403 when asking for "
                    + "another or for the national needs).")
    public Page<NeedView> list(@RequestParam(required = false) @Size(max = 64) String academie,
                               @RequestParam(defaultValue = "false") boolean national,
                               @RequestParam(required = false) @Size(max = 64) String after,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX) int limit) {
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
                    + "the need; If-Match is honoured.")
    public ResponseEntity<NeedView> submit(@PathVariable @Size(max = 64) String needId,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody NeedRequests.CandidatureRequest request) {
        IpeView ipe = references.ipe(request.ipeId()).orElseThrow(() -> RuleViolation.unprocessable("unknown-ipe",
                "ipeId", "no IPE " + request.ipeId() + " is registered"));
        String candidatureId = UUID.randomUUID().toString();
        NeedView view = send(needId, ifMatch, version -> new SubmitCandidature(needId, candidatureId, ipe.ipeId(),
                ipe.companySiret(), ipe.erased(), request.submittedOn(), version), current -> access.requireAssociation());
        return ResponseEntity.created(URI.create("/api/missions/needs/" + needId + "/candidatures/" + candidatureId))
                .eTag(Versions.etag(view.version())).body(view);
    }

    @PostMapping("/{needId}/candidatures/{candidatureId}/preselection")
    @PreAuthorize(MissionAccess.ASSOCIATION)
    @Operation(summary = "Pre-select a candidature",
            description = "The association (ASSOCIATION) pre-selects a submitted candidature with the companies (409 "
                    + "when it is not SUBMITTED or its IPE was erased; 422 for an unknown candidature), on or after "
                    + "its submission (422 `on`, `preselection-before-candidature`).")
    public ResponseEntity<NeedView> preselect(@PathVariable @Size(max = 64) String needId,
                                              @PathVariable @Size(max = 64) String candidatureId,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody NeedRequests.DecisionRequest request) {
        return answer(send(needId, ifMatch, version -> new PreselectCandidature(needId, candidatureId,
                candidateErased(needId, candidatureId), request.on(), version), current -> access.requireAssociation()));
    }

    @PostMapping("/{needId}/candidatures/{candidatureId}/selection")
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "Select the IPE of the need",
            description = "The need's recteur (RECTORAT of its académie; NATIONAL for a national need) selects a "
                    + "pre-selected candidature (409 otherwise, or when its IPE was erased); one selected IPE per need "
                    + "(409 `need-filled`); on or after the pre-selection (422 `on`, `selection-before-preselection`).")
    public ResponseEntity<NeedView> select(@PathVariable @Size(max = 64) String needId,
                                           @PathVariable @Size(max = 64) String candidatureId,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody NeedRequests.DecisionRequest request) {
        return answer(send(needId, ifMatch, version -> new SelectCandidature(needId, candidatureId,
                candidateErased(needId, candidatureId), request.on(), version), current -> access.requireManage(current.academie())));
    }

    @PostMapping("/{needId}/candidatures/{candidatureId}/rejection")
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "Reject a candidature, with a reason",
            description = "The need's recteur (RECTORAT of its académie; NATIONAL for a national need) rejects a "
                    + "candidature not yet decided (409 otherwise), stating the reason, on or after its submission or "
                    + "pre-selection (422 `on`).")
    public ResponseEntity<NeedView> reject(@PathVariable @Size(max = 64) String needId,
                                           @PathVariable @Size(max = 64) String candidatureId,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody NeedRequests.RejectionRequest request) {
        return answer(send(needId, ifMatch, version -> new RejectCandidature(needId, candidatureId, request.reason(),
                request.on(), version), current -> access.requireManage(current.academie())));
    }

    @PostMapping("/{needId}/specification")
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "Write (or rewrite) the need's specification",
            description = "The recteur (RECTORAT of its académie; NATIONAL for a national need) writes the cahier des "
                    + "charges (annex 1, step 4) of the IPE it selected (409 `no-selected-ipe` before the selection): "
                    + "objectives, calendar, means and a duration of 1 to 72 months (422 `durationMonths`), on or after "
                    + "the selection and the specification it rewrites (422 `specifiedOn`, "
                    + "`specification-before-selection`). A delegation needs it and follows its duration.")
    public ResponseEntity<NeedView> specify(@PathVariable @Size(max = 64) String needId,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody NeedRequests.SpecificationRequest request) {
        return answer(send(needId, ifMatch, version -> new SpecifyMission(needId, request.objectives(),
                request.calendar(), request.means(), request.durationMonths(), request.specifiedOn(), version),
                current -> access.requireManage(current.academie())));
    }

    private NeedView send(String needId, String ifMatch, Function<Long, Object> command, Consumer<NeedView> authorize) {
        authorize.accept(found(needId));
        commands.sendAndWait(command.apply(Versions.expected(ifMatch)));
        return found(needId);
    }

    /** Whether the personal data of the candidature's IPE were erased (then nothing more is done for it). */
    private boolean candidateErased(String needId, String candidatureId) {
        return found(needId).candidatures().stream().filter(c -> c.candidatureId().equals(candidatureId)).findFirst()
                .flatMap(c -> references.ipe(c.ipeId())).filter(IpeView::erased).isPresent();
    }

    private static ResponseEntity<NeedView> answer(NeedView view) {
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    NeedView found(String needId) {
        return needs.find(needId).orElseThrow(() -> new ResourceNotFoundException("need", needId));
    }
}
