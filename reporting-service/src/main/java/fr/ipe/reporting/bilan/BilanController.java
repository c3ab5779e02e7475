package fr.ipe.reporting.bilan;

import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.platform.domain.ReportingPeriods;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.views.ViewReads;
import fr.ipe.platform.views.live.LiveViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The quantitative bilan, live from the actions' and missions' events: per académie or national, per civil year
 * ({@code 2007}) or school year ({@code 2019-2020}); its exports; its Server-Sent Events stream.
 */
@RestController
@RequestMapping("/api/reports/bilans")
@Validated
@Tag(name = "Reports: bilan", description = "The yearly quantitative bilan, per académie and national, live")
public class BilanController {

    static final String PERIOD = "[0-9]{4}(-[0-9]{4})?";
    static final String ACADEMIE = "[a-z]+(-[a-z]+)*";
    private static final String SCOPE = " Without `academie`: the national bilan (the académies' and the national "
            + "level's actions and IPE together, not the sum of the académie bilans). Readers (NATIONAL, ASSOCIATION, "
            + "FINANCE, OPS, RECTORAT); a RECTORAT reads the national bilan and its own académie's (403 for another).";

    private final LiveViews live;
    private final AcademieScope scope;

    public BilanController(LiveViews live, AcademieScope scope) {
        this.live = live;
        this.scope = scope;
    }

    @GetMapping("/{period}")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The bilan of a period, line by line as the 2007 national table",
            description = "IPE (full-time equivalent = months / 12, rounded as the table printed it, and headcount), "
                    + "months of activity, actions in total and by theme, établissements (each UAI once), young people "
                    + "(girls, boys), teachers and staff (women, men), companies, professional organisations, and the "
                    + "académies that reported. Only validated actions count, in the civil and school year of their "
                    + "last day." + SCOPE)
    public Bilan bilan(@PathVariable @Pattern(regexp = PERIOD) String period,
                       @RequestParam(required = false) @Pattern(regexp = ACADEMIE) String academie, ViewReads reads) {
        return readable(reads, academie, period);
    }

    @GetMapping(path = "/{period}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The bilan of a period as Server-Sent Events: its new state on every change",
            description = "Each `bilan` event carries the whole bilan (as GET /{period}) with the view's change "
                    + "sequence as its id; it comes within a second of a validation, correction or cancellation "
                    + "the bilan counts. Reconnect with `Last-Event-ID`: if the view changed since, the current state "
                    + "comes at once, so nothing is missed. A comment line every 15 s keeps the stream open." + SCOPE)
    public SseEmitter live(@PathVariable @Pattern(regexp = PERIOD) String period,
                           @RequestParam(required = false) @Pattern(regexp = ACADEMIE) String academie,
                           @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                           ViewReads reads) {
        ReportingPeriod reporting = parse(period);
        scope.requireVisible(academie);
        if (reads.isSnapshot()) {
            throw LiveViews.snapshotsAreNotLive();
        }
        return live.subscribe(BilanView.VIEW, BilanCount.key(academie, reporting), lastEventId);
    }

    @GetMapping(path = "/{period}/csv", produces = "text/csv")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The bilan as CSV", description = "Columns line, theme, value; one record per line of the "
            + "table (one per theme for the actions by theme)." + SCOPE)
    public ResponseEntity<String> csv(@PathVariable @Pattern(regexp = PERIOD) String period,
                                      @RequestParam(required = false) @Pattern(regexp = ACADEMIE) String academie,
                                      ViewReads reads) {
        Bilan bilan = readable(reads, academie, period);
        return attachment(BilanDocuments.csv(bilan), "text/csv;charset=UTF-8", name(bilan, "csv"));
    }

    @GetMapping(path = "/{period}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The bilan as a printable document laid out like the 2007 table (PDF, A4)",
            description = "One line per figure, the themes under the actions, a note on how IPE and établissements "
                    + "are counted." + SCOPE)
    public ResponseEntity<byte[]> pdf(@PathVariable @Pattern(regexp = PERIOD) String period,
                                      @RequestParam(required = false) @Pattern(regexp = ACADEMIE) String academie,
                                      ViewReads reads) {
        Bilan bilan = readable(reads, academie, period);
        return attachment(BilanDocuments.pdf(bilan), MediaType.APPLICATION_PDF_VALUE, name(bilan, "pdf"));
    }

    @GetMapping("/{period}/comparison")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The bilan beside the one of the year before, with the change in percent",
            description = "Each line with the previous period's figure (2006 for 2007, 2018-2019 for 2019-2020), "
                    + "this period's, and the change in percent (one decimal; null when the earlier figure is 0)."
                    + SCOPE)
    public BilanComparison comparison(@PathVariable @Pattern(regexp = PERIOD) String period,
                                      @RequestParam(required = false) @Pattern(regexp = ACADEMIE) String academie,
                                      ViewReads reads) {
        return compare(reads, academie, period);
    }

    @GetMapping(path = "/{period}/comparison/chart", produces = MediaType.IMAGE_PNG_VALUE)
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The year-on-year comparison as a bar chart (PNG)",
            description = "Full-time equivalent, months, actions, établissements and companies of the previous "
                    + "period beside this one's, with the change in percent." + SCOPE)
    public ResponseEntity<byte[]> chart(@PathVariable @Pattern(regexp = PERIOD) String period,
                                        @RequestParam(required = false) @Pattern(regexp = ACADEMIE) String academie,
                                        ViewReads reads) {
        BilanComparison comparison = compare(reads, academie, period);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(BilanDocuments.comparisonChart(comparison));
    }

    private BilanComparison compare(ViewReads reads, String academie, String period) {
        ReportingPeriod current = parse(period);
        scope.requireVisible(academie);
        return BilanComparison.of(BilanView.bilan(reads.of(BilanView.VIEW), academie, current.previous()),
                BilanView.bilan(reads.of(BilanView.VIEW), academie, current));
    }

    private Bilan readable(ViewReads reads, String academie, String period) {
        ReportingPeriod reporting = parse(period);
        scope.requireVisible(academie);
        return BilanView.bilan(reads.of(BilanView.VIEW), academie, reporting);
    }

    private static ReportingPeriod parse(String period) {
        return ReportingPeriods.parse("period", period);
    }

    private static String name(Bilan bilan, String extension) {
        return "bilan-" + bilan.period() + "-" + (bilan.academie() == null ? "national" : bilan.academie()) + "."
                + extension;
    }

    private static <T> ResponseEntity<T> attachment(T body, String type, String filename) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString()).body(body);
    }
}
