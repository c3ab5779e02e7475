package fr.ipe.action.api;

import fr.ipe.action.domain.ActionCommands.CancelAction;
import fr.ipe.action.domain.ActionCommands.CorrectAction;
import fr.ipe.action.domain.ActionCommands.PlanAction;
import fr.ipe.action.domain.ActionCommands.ReportAction;
import fr.ipe.action.domain.ActionCommands.ValidateAction;
import fr.ipe.action.query.ActionView;
import fr.ipe.action.query.ActionViewRepository;
import fr.ipe.contracts.action.ActionStatus;
import fr.ipe.contracts.action.ActionThemes;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
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
@RequestMapping("/api/actions")
@Validated
@Tag(name = "Actions", description = "Partnership actions, their figures and their validation by the rectorat")
public class ActionController {

    static final int MAX_PAGE = 200;

    private final CommandGateway commands;
    private final ActionViewRepository views;
    private final ActionAccess access;
    private final ExistingActions actions;
    private final AcademieScope scope;

    public ActionController(CommandGateway commands, ActionViewRepository views, ActionAccess access,
                            ExistingActions actions, AcademieScope scope) {
        this.commands = commands;
        this.views = views;
        this.access = access;
        this.actions = actions;
        this.scope = scope;
    }

    @PostMapping
    @PreAuthorize(ActionAccess.RECORDERS)
    @Operation(summary = "Plan an action",
            description = "Plans a partnership action of an académie (roles IPE or RECTORAT of that académie) or, "
                    + "without `academie`, at the national level (role NATIONAL, the DGESCO). The theme comes from "
                    + "the set of themes in force on the first day (GET /api/actions/themes: the 2007 bilan's themes, "
                    + "the 2023 convention's axes); the period lasts at most 400 days; partners are établissements by "
                    + "UAI, companies by SIRET, professional organisations by name, each named once. Answers 201 with "
                    + "the action, its Location and its ETag.")
    public ResponseEntity<ActionView> plan(@Valid @RequestBody ActionRequests.Plan request) {
        access.requireRecord(request.academie());
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new PlanAction(id, request.academie(), request.ipeIds(), request.theme(),
                request.title(), request.firstDay(), request.lastDay(),
                ActionRequests.Partners.toPartners(request.partners()), request.conventionId(), request.plannedOn()));
        ActionView view = actions.found(id);
        return ResponseEntity.created(URI.create("/api/actions/" + id)).eTag(Versions.etag(view.version())).body(view);
    }

    @PostMapping("/{actionId}/report")
    @PreAuthorize(ActionAccess.RECORDERS)
    @Operation(summary = "Report the figures of an action that took place",
            description = "The action took place: its figures (établissements, girls, boys, staff women and men, "
                    + "companies, professional organisations) are reported, not before its last day, each at least the "
                    + "number of partners the action names. PLANNED only (409 otherwise). Roles: IPE or RECTORAT of the "
                    + "action's académie, NATIONAL for a national action. Send If-Match to refuse a stale write (412).")
    public ResponseEntity<ActionView> report(@PathVariable @Pattern(regexp = ActionRequests.ID) String actionId,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ActionRequests.Report request) {
        return ExistingActions.answer(actions.record(actionId, ifMatch, version -> new ReportAction(actionId,
                request.figures().toFigures(), request.reportedOn(), version)));
    }

    @PostMapping("/{actionId}/validation")
    @PreAuthorize(ActionAccess.VALIDATORS)
    @Operation(summary = "Validate an action: its figures count in the bilan",
            description = "The rectorat of the action's académie (role RECTORAT; NATIONAL for a national action) "
                    + "validates the action as it stands, not before its last day: from then on the bilan counts its "
                    + "theme, period and figures, replacing what an earlier validation counted. CARRIED_OUT or "
                    + "CORRECTED only (409 otherwise).")
    public ResponseEntity<ActionView> validate(@PathVariable @Pattern(regexp = ActionRequests.ID) String actionId,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody ActionRequests.Validation request) {
        return ExistingActions.answer(actions.validate(actionId, ifMatch, version -> new ValidateAction(actionId,
                request.validatedOn(), version)));
    }

    @PostMapping("/{actionId}/corrections")
    @PreAuthorize(ActionAccess.RECORDERS)
    @Operation(summary = "Correct an action's theme, period, partners or figures, with a reason",
            description = "New content replaces the reported one (a correction never adds); it counts once validated "
                    + "again, and until then the last validated figures stay in the bilan. The theme stays in the "
                    + "action's theme set. CARRIED_OUT, VALIDATED or CORRECTED (409 otherwise). Roles: IPE or "
                    + "RECTORAT of the académie, NATIONAL for a national action.")
    public ResponseEntity<ActionView> correct(@PathVariable @Pattern(regexp = ActionRequests.ID) String actionId,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody ActionRequests.CorrectionRequest request) {
        return ExistingActions.answer(actions.record(actionId, ifMatch, version -> new CorrectAction(actionId,
                request.theme(), request.firstDay(), request.lastDay(),
                ActionRequests.Partners.toPartners(request.partners()), request.figures().toFigures(),
                request.reason(), request.correctedOn(), version)));
    }

    @PostMapping("/{actionId}/cancellation")
    @PreAuthorize(ActionAccess.RECORDERS)
    @Operation(summary = "Cancel an action, with a reason",
            description = "The action no longer counts anywhere, even if it was validated. Any status but CANCELLED "
                    + "(409). Roles: IPE or RECTORAT of the académie, NATIONAL for a national action.")
    public ResponseEntity<ActionView> cancel(@PathVariable @Pattern(regexp = ActionRequests.ID) String actionId,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ActionRequests.CancellationRequest request) {
        return ExistingActions.answer(actions.record(actionId, ifMatch, version -> new CancelAction(actionId,
                request.reason(), request.cancelledOn(), version)));
    }

    @GetMapping("/{actionId}")
    @PreAuthorize(ActionAccess.READERS)
    @Operation(summary = "One action: its content, status, what the bilan counts of it, and its version",
            description = "The ETag is the action's version, to send back as If-Match. Readers: NATIONAL, ASSOCIATION "
                    + "and OPS read every action; RECTORAT and IPE the national ones and their own académie's (403 "
                    + "otherwise).")
    public ResponseEntity<ActionView> get(@PathVariable @Pattern(regexp = ActionRequests.ID) String actionId) {
        return ExistingActions.answer(actions.visible(actionId));
    }

    @GetMapping
    @PreAuthorize(ActionAccess.READERS)
    @Operation(summary = "Actions by académie and status, paged by cursor",
            description = "`national=true` lists the national actions only; `limit` is 1 to 200 and `next` is the "
                    + "cursor of the following page (absent on the last). RECTORAT and IPE only get their own "
                    + "académie's actions, and asking for another académie is refused (403).")
    public ActionPage list(@RequestParam(required = false) @Pattern(regexp = "[a-z]+(-[a-z]+)*") @Size(max = 64)
                           String academie,
                           @RequestParam(defaultValue = "false") boolean national,
                           @RequestParam(required = false) ActionStatus status,
                           @RequestParam(required = false) @Pattern(regexp = ActionRequests.ID) String after,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE) int limit) {
        scope.requireVisible(academie);
        List<ActionView> items = views.page(national, academie, status, scope.restriction(), after, limit);
        String next = items.size() == limit ? items.get(items.size() - 1).actionId() : null;
        return new ActionPage(items, next);
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
