package fr.ipe.mission.api;

import fr.ipe.mission.domain.MissionCommands.ActivePeriod;
import fr.ipe.mission.domain.MissionCommands.CertifyMission;
import fr.ipe.mission.domain.MissionCommands.EndMission;
import fr.ipe.mission.domain.MissionCommands.IssueMissionLetter;
import fr.ipe.mission.domain.MissionCommands.SignDelegation;
import fr.ipe.mission.domain.MissionCommands.Specified;
import fr.ipe.mission.query.IpeView;
import fr.ipe.mission.query.MissionView;
import fr.ipe.mission.query.MissionViewRepository;
import fr.ipe.mission.query.NeedView;
import fr.ipe.mission.query.NeedViewRepository;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.platform.web.ResourceNotFoundException;
import fr.ipe.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
@RequestMapping("/api/missions")
@Validated
@Tag(name = "Missions", description = "Delegations, mission letters, yearly certifications, ends (annex 1, steps 5 to 8)")
public class MissionController {

    private final CommandGateway commands;
    private final MissionViewRepository missions;
    private final NeedViewRepository needs;
    private final ReferenceRepository references;
    private final MissionAccess access;
    private final BusinessClock clock;

    public MissionController(CommandGateway commands, MissionViewRepository missions, NeedViewRepository needs,
                             ReferenceRepository references, MissionAccess access, BusinessClock clock) {
        this.commands = commands;
        this.missions = missions;
        this.needs = needs;
        this.references = references;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "Sign the delegation: the mission starts",
            description = "The recteur of the need's académie (RECTORAT; NATIONAL, as the central administration, for a "
                    + "national need) signs the secondment agreement with the selected IPE's company (409 "
                    + "`no-selected-ipe` / `no-specification` before steps 3 and 4, `ipe-erased` for an erased IPE; "
                    + "one mission per need, 409), referencing the secondment convention by id when there is one, on "
                    + "or after the specification (422 `signedOn`, `delegation-before-specification`). Start and end "
                    + "inclusive (422 `endDate` before the start); the term is the specification's duration, from the "
                    + "start to the day before the same date that many months later (422 `endDate`, "
                    + "`term-disagrees-with-specification`), unless `termReason` says why another term, which the "
                    + "mission keeps (`term`); the IPE's missions never overlap (409 `missions-overlap`). The yearly "
                    + "salary allowance and travel, in cents, and the share the association reimburses (0 to 100 %, "
                    + "422 `reimbursedSharePercent`) give the reimbursement commitment, the sum of what each school "
                    + "year's certification can make due, published on the funding feed. Answers 201.")
    public ResponseEntity<MissionView> delegate(@Valid @RequestBody MissionRequests.DelegationRequest request) {
        NeedView need = needs.find(request.needId()).orElseThrow(() -> RuleViolation.unprocessable("unknown-need",
                "needId", "no need " + request.needId()));
        access.requireManage(need.academie());
        String missionId = UUID.nameUUIDFromBytes(("mission:" + need.needId()).getBytes(StandardCharsets.UTF_8))
                .toString();
        if (missions.find(missionId).isPresent()) {
            throw RuleViolation.conflict("need-delegated", "need " + need.needId() + " already has its mission "
                    + missionId);
        }
        NeedView.Candidature selected = need.selected().orElse(null);
        String ipeId = selected == null ? null : selected.ipeId();
        List<ActivePeriod> others = ipeId == null ? List.of() : missions.ofIpe(ipeId).stream()
                .map(m -> new ActivePeriod(m.missionId(), m.activity().firstDay(), m.activity().lastDay())).toList();
        boolean erased = ipeId != null && references.ipe(ipeId).filter(IpeView::erased).isPresent();
        Specified specification = need.specification() == null ? null
                : new Specified(need.specification().durationMonths(), need.specification().specifiedOn());
        commands.sendAndWait(new SignDelegation(missionId, need.needId(), need.academie(), ipeId, erased,
                selected == null ? null : selected.companySiret(), specification, request.secondmentConventionId(),
                request.startDate(), request.endDate(), request.termReason(), request.signedOn(),
                request.salaryAllowanceCentsPerYear(), request.travelCentsPerYear(), request.reimbursedSharePercent(),
                others));
        MissionView view = found(missionId);
        return ResponseEntity.created(URI.create("/api/missions/" + missionId)).eTag(Versions.etag(view.version()))
                .body(view);
    }

    @GetMapping("/{missionId}")
    @PreAuthorize(Roles.ANY)
    @Operation(summary = "One mission: delegation, activity, letters, certifications, reimbursement, end",
            description = "Readers: NATIONAL, ASSOCIATION, FINANCE, OPS; the RECTORAT of its académie (403 for "
                    + "another); the IPE on the mission (403 for another IPE). Carries the IPE's id, never its name.")
    public ResponseEntity<MissionView> get(@PathVariable @Size(max = 64) String missionId) {
        MissionView view = found(missionId);
        access.requireReadMission(view);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @GetMapping
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "Missions by académie, national level or IPE, paged by cursor",
            description = "`academie` filters one académie, `national=true` the DGESCO's, `ipeId` one IPE; `limit` 1 "
                    + "to 200. Readers: NATIONAL, ASSOCIATION, FINANCE, OPS; a RECTORAT gets its own académie's only "
                    + "(403 when asking for another); an IPE reads its own at /api/missions/ipes/me/missions (403).")
    public Page<MissionView> list(@RequestParam(required = false) @Size(max = 64) String academie,
                                  @RequestParam(defaultValue = "false") boolean national,
                                  @RequestParam(required = false) @Size(max = 64) String ipeId,
                                  @RequestParam(required = false) @Size(max = 64) String after,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX) int limit) {
        var restriction = access.listRestriction();
        if (restriction.isPresent() && (national || (academie != null && !academie.equals(restriction.get())))) {
            throw new AccessDeniedException("a rectorat lists its own académie's "
                    + "missions only");
        }
        return Page.of(missions.page(academie, national, ipeId, restriction, after, limit), limit,
                MissionView::missionId);
    }

    @PostMapping("/{missionId}/letters")
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "Issue or revise the mission letter of a school year",
            description = "The recteur (RECTORAT of the mission's académie; NATIONAL for a national mission) issues the "
                    + "letter of a school year (`2007-2008`) the mission covers (422 `schoolYear` otherwise), after the "
                    + "delegation and by the last day of the mission in that year (422 `issuedOn`, "
                    + "`letter-before-delegation`, `letter-after-school-year`), naming mission axes valid on `issuedOn` "
                    + "(422 `axisCodes`); issuing again for the same year, on or after the letter it revises, revises "
                    + "it (revision 2, 3, ...). Not after the mission ended (409).")
    public ResponseEntity<MissionView> letter(@PathVariable @Size(max = 64) String missionId,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody MissionRequests.LetterRequest request) {
        return manage(missionId, ifMatch, version -> new IssueMissionLetter(missionId, request.schoolYear(),
                request.axisCodes() == null ? List.of() : request.axisCodes(), request.objectives(),
                request.issuedOn(), version));
    }

    @PostMapping("/{missionId}/certifications")
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "Certify the proper execution of a school year",
            description = "The recteur (RECTORAT of the mission's académie; NATIONAL for a national mission) certifies "
                    + "a school year that has a mission letter (409 otherwise; once, 409), once its days of activity are "
                    + "over (422 `certifiedOn`, `period-not-over`), on a date not after the service's business date "
                    + "(422 `certifiedOn`, `certified-in-the-future`). The reimbursement of the certified days becomes "
                    + "due: a funding event on the funding feed. No certification, no reimbursement due.")
    public ResponseEntity<MissionView> certify(@PathVariable @Size(max = 64) String missionId,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody MissionRequests.CertificationRequest request) {
        return manage(missionId, ifMatch, version -> new CertifyMission(missionId, request.schoolYear(),
                request.certifiedOn(), clock.today(), version));
    }

    @PostMapping("/{missionId}/end")
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "End the mission, at term or early",
            description = "The recteur (RECTORAT of the mission's académie; NATIONAL for a national mission) ends the "
                    + "mission on `endedOn`, its last day of activity, within the delegation (422 `endedOn`); before the "
                    + "term it is an early end and needs a `reason` (422). Not before days already certified (409); "
                    + "once (409).")
    public ResponseEntity<MissionView> end(@PathVariable @Size(max = 64) String missionId,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody MissionRequests.EndRequest request) {
        return manage(missionId, ifMatch, version -> new EndMission(missionId, request.endedOn(), request.reason(),
                version));
    }

    private ResponseEntity<MissionView> manage(String missionId, String ifMatch, Function<Long, Object> command) {
        access.requireManage(found(missionId).academie());
        commands.sendAndWait(command.apply(Versions.expected(ifMatch)));
        MissionView view = found(missionId);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    private MissionView found(String missionId) {
        return missions.find(missionId).orElseThrow(() -> new ResourceNotFoundException("mission", missionId));
    }
}
