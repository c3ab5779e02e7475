package fr.ipe.mission.api;

import fr.ipe.mission.application.CertifyingMissions;
import fr.ipe.mission.application.EndingMissions;
import fr.ipe.mission.application.IssuingLetters;
import fr.ipe.mission.application.MissionAccess;
import fr.ipe.mission.application.SigningDelegations;
import fr.ipe.mission.query.MissionView;
import fr.ipe.mission.query.MissionViewRepository;
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
@RequestMapping(MissionController.PATH)
@Validated
@Tag(name = "Missions", description = "Delegations, mission letters, yearly certifications, ends (annex 1, steps 5 to 8)")
public class MissionController {

    static final String PATH = "/api/missions";

    private final SigningDelegations signing;
    private final IssuingLetters letters;
    private final CertifyingMissions certifying;
    private final EndingMissions ending;
    private final MissionViewRepository missions;
    private final MissionAccess access;

    public MissionController(SigningDelegations signing, IssuingLetters letters, CertifyingMissions certifying,
                             EndingMissions ending, MissionViewRepository missions, MissionAccess access) {
        this.signing = signing;
        this.letters = letters;
        this.certifying = certifying;
        this.ending = ending;
        this.missions = missions;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "Sign the delegation: the mission starts",
            description = "The recteur of the need's académie (RECTORAT; NATIONAL, as the central administration, for a "
                    + "national need) signs the secondment agreement with the selected IPE's company (409 "
                    + "`no-selected-ipe` / `no-specification` before steps 3 and 4, `ipe-erased` for an erased IPE; "
                    + "one mission per need, 409 `need-delegated`), referencing the secondment convention by id when "
                    + "there is one, on or after the specification (422 `signedOn`, `delegation-before-specification`). "
                    + "Start and end inclusive (422 `endDate` before the start); the term is the specification's "
                    + "duration, from the start to the day before the same date that many months later (422 "
                    + "`endDate`, `term-disagrees-with-specification`), unless `termReason` says why another term, "
                    + "which the mission keeps (`term`); the IPE's missions never overlap (409 `missions-overlap`). "
                    + "The yearly salary allowance and travel, in cents, and the share the association reimburses (0 "
                    + "to 100 %, 422 `reimbursedSharePercent`) give the reimbursement commitment, the sum of what each "
                    + "school year's certification can make due, published on the funding feed."
                    + ApiConventions.CREATED)
    public ResponseEntity<MissionView> delegate(@Valid @RequestBody MissionRequests.DelegationRequest request) {
        MissionView mission = signing.sign(request);
        return Answers.created(PATH + "/" + mission.missionId(), mission, mission.version());
    }

    @GetMapping("/{missionId}")
    @PreAuthorize(Roles.ANY)
    @Operation(summary = "One mission: delegation, activity, letters, certifications, reimbursement, end",
            description = "Readers: NATIONAL, ASSOCIATION, FINANCE, OPS; the RECTORAT of its académie (403 for "
                    + "another); the IPE on the mission (403 for another IPE). Carries the IPE's id, never its name. "
                    + "The ETag is the mission's version, for If-Match.")
    public ResponseEntity<MissionView> get(@PathVariable @Size(max = 64) String missionId) {
        MissionView mission = signing.visible(missionId);
        return Answers.ok(mission, mission.version());
    }

    @GetMapping
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "Missions by académie, national level or IPE, paged by cursor",
            description = "`academie` filters one académie, `national=true` the DGESCO's, `ipeId` one IPE; `limit` 1 "
                    + "to 200. Readers: NATIONAL, ASSOCIATION, FINANCE, OPS; a RECTORAT gets its own académie's only "
                    + "(403 when asking for another); an IPE reads its own at /api/missions/ipes/me/missions (403).")
    public Page<MissionView> list(@RequestParam(required = false) @Academie String academie,
                                  @RequestParam(defaultValue = "false") boolean national,
                                  @RequestParam(required = false) @Size(max = 64) String ipeId,
                                  @RequestParam(required = false) @Size(max = 64) String after,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(ApiConventions.MAX_PAGE) int limit) {
        var restriction = access.listRestriction();
        if (restriction.isPresent() && (national || (academie != null && !academie.equals(restriction.get())))) {
            throw new AccessDeniedException("a rectorat lists its own académie's missions only");
        }
        return Page.of(missions.page(academie, national, ipeId, restriction, after, limit), limit,
                MissionView::missionId);
    }

    @PostMapping("/{missionId}/letters")
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "Issue or revise the mission letter of a school year",
            description = "The recteur (RECTORAT of the mission's académie; NATIONAL for a national mission) issues the "
                    + "letter of a school year (`2007-2008`; 422 `invalid-period` naming `schoolYear` for anything "
                    + "else) the mission covers (422 `schoolYear` otherwise), after the delegation and by the last day "
                    + "of the mission in that year (422 `issuedOn`, `letter-before-delegation`, "
                    + "`letter-after-school-year`), naming mission axes valid on `issuedOn` (422 `axisCodes`); issuing "
                    + "again for the same year, on or after the letter it revises, revises it (revision 2, 3, ...). "
                    + "Not after the mission ended (409)." + ApiConventions.IF_MATCH)
    public ResponseEntity<MissionView> letter(@PathVariable @Size(max = 64) String missionId,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody MissionRequests.LetterRequest request) {
        MissionView mission = letters.issue(missionId, Versions.expected(ifMatch), request.schoolYear(),
                request.axisCodes(), request.objectives(), request.issuedOn());
        return Answers.ok(mission, mission.version());
    }

    @PostMapping("/{missionId}/certifications")
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "Certify the proper execution of a school year",
            description = "The recteur (RECTORAT of the mission's académie; NATIONAL for a national mission) certifies "
                    + "a school year (422 `invalid-period` naming `schoolYear` for anything else) that has a mission "
                    + "letter (409 otherwise; once, 409), once its days of activity are over (422 `certifiedOn`, "
                    + "`period-not-over`), on a date not after the service's business date (422 `certifiedOn`, "
                    + "`certified-in-the-future`). The reimbursement of the certified days becomes due: a funding event "
                    + "on the funding feed. No certification, no reimbursement due." + ApiConventions.IF_MATCH)
    public ResponseEntity<MissionView> certify(@PathVariable @Size(max = 64) String missionId,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody MissionRequests.CertificationRequest request) {
        MissionView mission = certifying.certify(missionId, Versions.expected(ifMatch), request.schoolYear(),
                request.certifiedOn());
        return Answers.ok(mission, mission.version());
    }

    @PostMapping("/{missionId}/end")
    @PreAuthorize(MissionAccess.MANAGERS)
    @Operation(summary = "End the mission, at term or early",
            description = "The recteur (RECTORAT of the mission's académie; NATIONAL for a national mission) ends the "
                    + "mission on `endedOn`, its last day of activity, within the delegation (422 `endedOn`); before the "
                    + "term it is an early end and needs a `reason` (422). Not before days already certified (409); "
                    + "once (409)." + ApiConventions.IF_MATCH)
    public ResponseEntity<MissionView> end(@PathVariable @Size(max = 64) String missionId,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody MissionRequests.EndRequest request) {
        MissionView mission = ending.end(missionId, Versions.expected(ifMatch), request.endedOn(), request.reason());
        return Answers.ok(mission, mission.version());
    }
}
