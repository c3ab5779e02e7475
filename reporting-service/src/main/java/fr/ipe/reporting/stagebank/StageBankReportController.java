package fr.ipe.reporting.stagebank;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.http.MediaType;
import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.platform.domain.ReportingPeriods;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.views.ViewReads;
import fr.ipe.platform.views.live.LiveViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The académie stage bank's figures, projected from {@code ipe.stages.v1}. */
@RestController
@RequestMapping("/api/reports/stage-bank")
@Validated
@Tag(name = "Reports: stage bank", description = "Offers, places, placements, priority share and unmet needs")
public class StageBankReportController {

    private final AcademieScope scope;
    private final LiveViews live;

    public StageBankReportController(AcademieScope scope, LiveViews live) {
        this.scope = scope;
        this.live = live;
    }

    @GetMapping("/academies/{academie}/periods/{period}")
    @PreAuthorize("hasAnyRole('NATIONAL','RECTORAT')")
    @Operation(summary = "The stage bank's figures of an académie for a civil or school year",
            description = "For `period` a civil year (2009) or a school year (2009-2010): offers published and "
                    + "withdrawn, place-weeks offered, placements, pupils placed and place-weeks placed, the share of "
                    + "pupils placed that went to priority établissements (percent), needs, pupils in need, and the "
                    + "open needs still unmet with their pupils. A week counts in the period its Monday falls in. "
                    + "Projected from ipe.stages.v1 within a second of each event; duplicates and replays never count "
                    + "twice. Readers: NATIONAL, and the académie's RECTORAT (another académie's gets 403).")
    public StageBankFigures figures(
            @PathVariable @Pattern(regexp = "[a-z]+(-[a-z]+)*") @Size(max = 64) String academie,
            @PathVariable @Pattern(regexp = "[0-9]{4}(-[0-9]{4})?") String period, ViewReads reads) {
        scope.require(academie);
        return StageBankView.figures(reads.of(StageBankView.VIEW), academie, parsed(period));
    }

    @GetMapping(path = "/academies/{academie}/periods/{period}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("hasAnyRole('NATIONAL','RECTORAT')")
    @Operation(summary = "The stage bank's figures of an académie for a period, pushed as they change",
            description = "Server-Sent Events named stage-bank: the figures on subscription and after every offer, "
                    + "need or placement event that touches a week of the period, with the view's change sequence as "
                    + "id; reconnect with Last-Event-ID and a change made meanwhile comes at once. Readers as for the "
                    + "figures: NATIONAL, and the académie's RECTORAT.")
    public SseEmitter liveFigures(
            @PathVariable @Pattern(regexp = "[a-z]+(-[a-z]+)*") @Size(max = 64) String academie,
            @PathVariable @Pattern(regexp = "[0-9]{4}(-[0-9]{4})?") String period,
            @RequestHeader(name = "Last-Event-ID", required = false) @Size(max = 20) String lastEventId,
            ViewReads reads) {
        scope.require(academie);
        ReportingPeriod reporting = parsed(period);
        if (reads.isSnapshot()) {
            throw LiveViews.snapshotsAreNotLive();
        }
        return live.subscribe(StageBankView.VIEW, StageBankCount.key(academie, reporting), lastEventId);
    }

    private static ReportingPeriod parsed(String period) {
        return ReportingPeriods.parse("period", period);
    }
}
