package fr.ipe.action.api;

import fr.ipe.action.application.ActionAccess;
import fr.ipe.action.application.CorrectingActions;
import fr.ipe.action.application.PlanningActions;
import fr.ipe.action.application.ReadingActions;
import fr.ipe.action.application.ReportingFigures;
import fr.ipe.action.application.ValidatingActions;
import fr.ipe.action.query.ActionView;
import fr.ipe.contracts.action.ActionStatus;
import fr.ipe.contracts.action.ActionThemes;
import fr.ipe.platform.bounds.Academie;
import fr.ipe.platform.web.Answers;
import fr.ipe.platform.web.Page;
import fr.ipe.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
@RequestMapping("/api/actions")
@Validated
@Tag(name = "Actions", description = "Partnership actions, their figures and their validation by the rectorat")
public class ActionController {

    private final PlanningActions planning;
    private final ReportingFigures reporting;
    private final ValidatingActions validating;
    private final CorrectingActions correcting;
    private final ReadingActions reading;

    public ActionController(PlanningActions planning, ReportingFigures reporting, ValidatingActions validating,
                            CorrectingActions correcting, ReadingActions reading) {
        this.planning = planning;
        this.reporting = reporting;
        this.validating = validating;
        this.correcting = correcting;
        this.reading = reading;
    }

    @PostMapping
    @PreAuthorize(ActionAccess.RECORDERS)
    @Operation(summary = "Plan an action",
            description = "Plans a partnership action of an académie (roles IPE or RECTORAT of that académie) or, "
                    + "without `academie`, at the national level (role NATIONAL, the DGESCO). The theme comes from "
                    + "the set of themes in force on the first day (GET /api/actions/themes: the 2007 bilan's themes, "
                    + "the 2023 convention's axes); the period lasts at most 400 days; partners are établissements by "
                    + "UAI (7 digits and their check letter: 422 `invalid-uai` naming `partners.etablissementUais` "
                    + "otherwise), companies by SIRET, professional organisations by name, each named once. Answers "
                    + "201 with the action, its Location and its version as the ETag.")
    public ResponseEntity<ActionView> plan(@Valid @RequestBody ActionRequests.Plan request) {
        ActionView planned = planning.plan(request);
        return Answers.created(ApiConventions.location(planned), planned, planned.version());
    }

    @PostMapping("/{actionId}/report")
    @PreAuthorize(ActionAccess.RECORDERS)
    @Operation(summary = "Report the figures of an action that took place",
            description = "The action took place: its figures (établissements, girls, boys, staff women and men, "
                    + "companies, professional organisations) are reported, not before its last day, each at least the "
                    + "number of partners the action names. PLANNED only (409 otherwise). Roles: IPE or RECTORAT of the "
                    + "action's académie, NATIONAL for a national action."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<ActionView> report(@PathVariable @Pattern(regexp = ActionRequests.ID) String actionId,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ActionRequests.Report request) {
        ActionView reported = reporting.report(actionId, Versions.expected(ifMatch), request.figures().toFigures(),
                request.reportedOn());
        return Answers.ok(reported, reported.version());
    }

    @PostMapping("/{actionId}/validation")
    @PreAuthorize(ActionAccess.VALIDATORS)
    @Operation(summary = "Validate an action: its figures count in the bilan",
            description = "The rectorat of the action's académie (role RECTORAT; NATIONAL for a national action) "
                    + "validates the action as it stands, not before its last day: from then on the bilan counts its "
                    + "theme, period and figures, replacing what an earlier validation counted. CARRIED_OUT or "
                    + "CORRECTED only (409 otherwise)." + ApiConventions.IF_MATCH)
    public ResponseEntity<ActionView> validate(@PathVariable @Pattern(regexp = ActionRequests.ID) String actionId,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody ActionRequests.Validation request) {
        ActionView validated = validating.validate(actionId, Versions.expected(ifMatch), request.validatedOn());
        return Answers.ok(validated, validated.version());
    }

    @PostMapping("/{actionId}/corrections")
    @PreAuthorize(ActionAccess.RECORDERS)
    @Operation(summary = "Correct an action's theme, period, partners or figures, with a reason",
            description = "New content replaces the reported one (a correction never adds); it counts once validated "
                    + "again, and until then the last validated figures stay in the bilan. The theme stays in the "
                    + "action's theme set; period, partners (UAIs with their check letter) and figures follow the "
                    + "rules of a plan and a report (422). CARRIED_OUT, VALIDATED or CORRECTED (409 otherwise). "
                    + "Roles: IPE or RECTORAT of the académie, NATIONAL for a national action."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<ActionView> correct(@PathVariable @Pattern(regexp = ActionRequests.ID) String actionId,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody ActionRequests.CorrectionRequest request) {
        ActionView corrected = correcting.correct(actionId, Versions.expected(ifMatch), request);
        return Answers.ok(corrected, corrected.version());
    }

    @PostMapping("/{actionId}/cancellation")
    @PreAuthorize(ActionAccess.RECORDERS)
    @Operation(summary = "Cancel an action, with a reason",
            description = "The action no longer counts anywhere, even if it was validated. Any status but CANCELLED "
                    + "(409). Roles: IPE or RECTORAT of the académie, NATIONAL for a national action."
                    + ApiConventions.IF_MATCH)
    public ResponseEntity<ActionView> cancel(@PathVariable @Pattern(regexp = ActionRequests.ID) String actionId,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ActionRequests.CancellationRequest request) {
        ActionView cancelled = correcting.cancel(actionId, Versions.expected(ifMatch), request.reason(),
                request.cancelledOn());
        return Answers.ok(cancelled, cancelled.version());
    }

    @GetMapping("/{actionId}")
    @PreAuthorize(ActionAccess.READERS)
    @Operation(summary = "One action: its content, status, what the bilan counts of it, and its version",
            description = "The ETag is the action's version, to send back as If-Match. Readers: NATIONAL, ASSOCIATION "
                    + "and OPS read every action; RECTORAT and IPE the national ones and their own académie's (403 "
                    + "otherwise).")
    public ResponseEntity<ActionView> get(@PathVariable @Pattern(regexp = ActionRequests.ID) String actionId) {
        ActionView action = reading.visible(actionId);
        return Answers.ok(action, action.version());
    }

    @GetMapping
    @PreAuthorize(ActionAccess.READERS)
    @Operation(summary = "Actions by académie and status, paged by cursor",
            description = "`national=true` lists the national actions only; `limit` is 1 to 200 and `next` is the "
                    + "cursor of the following page (absent on the last). RECTORAT and IPE only get their own "
                    + "académie's actions, and asking for another académie is refused (403).")
    public Page<ActionView> list(@RequestParam(required = false) @Academie String academie,
                                 @RequestParam(defaultValue = "false") boolean national,
                                 @RequestParam(required = false) ActionStatus status,
                                 @RequestParam(required = false) @Pattern(regexp = ActionRequests.ID) String after,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(ApiConventions.MAX_PAGE) int limit) {
        return reading.page(national, academie, status, after, limit);
    }

    @GetMapping("/themes")
    @PreAuthorize(ActionAccess.READERS)
    @Operation(summary = "The versioned sets of action themes, with their validity",
            description = "The 2007 bilan's fourteen themes (\"other\" included) and the axes of the 2023 convention; "
                    + "an action takes its theme from the set in force on its first day. Every reader.")
    public List<ActionThemes.ThemeSet> themes() {
        return ActionThemes.SETS;
    }
}
