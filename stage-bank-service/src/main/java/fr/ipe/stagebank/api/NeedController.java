package fr.ipe.stagebank.api;

import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.platform.bounds.Academie;
import fr.ipe.platform.web.Answers;
import fr.ipe.platform.web.Page;
import fr.ipe.platform.web.Versions;
import fr.ipe.stagebank.application.ProposingOffers;
import fr.ipe.stagebank.application.ProposingOffers.NeedProposals;
import fr.ipe.stagebank.application.StageBankAccess;
import fr.ipe.stagebank.application.StatingNeeds;
import fr.ipe.stagebank.query.NeedView;
import fr.ipe.stagebank.query.NeedViews;
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
@RequestMapping("/api/stage-bank/needs")
@Validated
@Tag(name = "Stage needs", description = "Établissements' needs, and the offers matching proposes for them")
public class NeedController {

    private final StatingNeeds stating;
    private final ProposingOffers proposing;
    private final NeedViews needs;
    private final StageBankAccess access;

    public NeedController(StatingNeeds stating, ProposingOffers proposing, NeedViews needs, StageBankAccess access) {
        this.stating = stating;
        this.proposing = proposing;
        this.needs = needs;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize(StageBankAccess.MANAGERS)
    @Operation(summary = "State an établissement's need",
            description = "How many pupils (1 to 400) of a level and speciality of a registered établissement need a "
                    + "stage in which ISO weeks (at least one still to come: 422 weeks-past when every week has begun "
                    + "on the business calendar), with which objectives (never a pupil's name: the bank counts, it "
                    + "does not identify). The bank complements the school's own search: "
                    + "the need may be met partly. The need takes its établissement's académie and bassin (422 "
                    + "etablissement-unknown when the UAI is not registered). Caller: the académie's RECTORAT (403 "
                    + "for another académie). Answers 201 with the need, its Location and ETag.")
    public ResponseEntity<NeedView> state(@Valid @RequestBody NeedRequest request) {
        NeedView need = stating.state(request);
        return Answers.created("/api/stage-bank/needs/" + need.needId(), need, need.version());
    }

    @GetMapping("/{needId}")
    @PreAuthorize(StageBankAccess.READERS)
    @Operation(summary = "One need: pupils asked for, placed by the bank, still unmet",
            description = "The need with the pupils the bank placed (`placed`: reserved or confirmed places) and "
                    + "those still unmet (`unmet`), and the instant it was stated (`statedAt`). Readers: NATIONAL and "
                    + "the académie's RECTORAT (another académie's gets 403).")
    public ResponseEntity<NeedView> get(@PathVariable @Size(max = 64) String needId) {
        NeedView need = stating.visible(needId);
        return Answers.ok(need, need.version());
    }

    @GetMapping
    @PreAuthorize(StageBankAccess.READERS)
    @Operation(summary = "Needs by académie, établissement, status and level, paged by cursor",
            description = "Filters combine; `limit` is 1 to 200, `next` the cursor of the following page. NATIONAL "
                    + "reads every académie; a RECTORAT its own, and asking for another is refused (403).")
    public Page<NeedView> list(
            @RequestParam(required = false) @Academie String academie,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{7}[A-Z]") String uai,
            @RequestParam(required = false) NeedView.Status status,
            @RequestParam(required = false) StageLevel level,
            @RequestParam(required = false) @Size(max = 64) String after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(ApiConventions.MAX_PAGE) int limit) {
        String confined = access.listedAcademie(academie);
        return Page.of(needs.page(confined, uai, status, level, after, limit), limit, NeedView::needId);
    }

    @PostMapping("/{needId}/closure")
    @PreAuthorize(StageBankAccess.MANAGERS)
    @Operation(summary = "Close a need",
            description = "The need is no longer matched (met by the bank or by the school's own search, or no "
                    + "longer current); its placements stay. 409 when already closed. Caller: the académie's "
                    + "RECTORAT." + ApiConventions.IF_MATCH)
    public ResponseEntity<NeedView> close(@PathVariable @Size(max = 64) String needId,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @Valid @RequestBody ReasonRequest request) {
        NeedView need = stating.close(needId, Versions.expected(ifMatch), request.reason());
        return Answers.ok(need, need.version());
    }

    @GetMapping("/{needId}/proposals")
    @PreAuthorize(StageBankAccess.READERS)
    @Operation(summary = "The offers proposed for a need, best first, each with why",
            description = "Published offers of the need's bassin for its level with free places in some of its "
                    + "weeks that have not begun (past weeks are never proposed). When needs compete for an offer, "
                    + "its free places are dealt one at a time, in turn: "
                    + "priority établissements first (Espoir banlieues, Objectif stages, académie priority, "
                    + "REP/REP+/QPV), then exam-assessed vocational stages (CAP to BTS) and 3e découverte "
                    + "professionnelle, then the others; within a tier the need served least so far first, then the "
                    + "need stated first (to the instant). Each "
                    + "proposal gives the places the need's fair share holds, the weeks and the reasons. "
                    + "Deterministic. Readers: NATIONAL and the académie's RECTORAT.")
    public NeedProposals proposals(@PathVariable @Size(max = 64) String needId) {
        return proposing.forNeed(needId);
    }
}
