package fr.ipe.reporting.conventions;

import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import fr.ipe.platform.views.ViewReads;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;

/** The live conventions view, projected from {@code ipe.conventions.v1}. */
@RestController
@RequestMapping("/api/reports/conventions")
@Validated
@Tag(name = "Reports: conventions", description = "Conventions as projected from the event stream")
public class ConventionReportController {

    static final int MAX_PAGE = 200;

    private final AcademieScope scope;
    private final ConventionsAsOf asOf;

    public ConventionReportController(AcademieScope scope, ConventionsAsOf asOf) {
        this.scope = scope;
        this.asOf = asOf;
    }

    /** The conventions as they stood at {@code asOf}, replayed from the stream. */
    /** A replayed view: as of an instant or a position; {@code position} says exactly how far it read. */
    public record ConventionReplay(Instant asOf, Map<Integer, Long> position, long eventsRead,
                                   List<Map<String, Object>> items) {
    }

    /** A position of the conventions topic: {@code partition:offset} pairs, comma-separated. */
    private static final String POSITION = "[0-9]{1,4}:[0-9]{1,18}(,[0-9]{1,4}:[0-9]{1,18}){0,63}";

    @GetMapping("/as-of")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "The conventions as they stood at an instant or a position, replayed from the event stream",
            description = "For auditors and ops: the events of ipe.conventions.v1 published up to `at` (an ISO-8601 "
                    + "instant, e.g. 2010-12-31T23:00:00Z), or below `position` (an offset per partition, e.g. "
                    + "0:1200,1:980,2:1104), applied in order by the live projection's own function; exactly one of "
                    + "the two (422 otherwise). The answer's `position` is where the replay stood: keep it with a report "
                    + "sent and `?position=` reproduces that report to the event. Optionally one convention. Reads the "
                    + "whole topic. Readers; a RECTORAT sees the national conventions and its académie's.")
    public ConventionReplay asOf(@RequestParam(required = false) Instant at,
                                 @RequestParam(required = false) @Pattern(regexp = POSITION,
                                         message = "must be partition:offset pairs, comma-separated") String position,
                                 @RequestParam(required = false) @Size(max = 64) String conventionId) {
        if ((at == null) == (position == null)) {
            throw RuleViolation.unprocessable("as-of-one-bound", at == null ? "at" : "position",
                    "give either an instant (at) or a position of the stream (position), not both nor neither");
        }
        Optional<String> confinedTo = scope.restriction();
        ConventionsAsOf.Replay replay = at != null ? asOf.at(at) : asOf.atPosition(parse(position));
        List<Map<String, Object>> items = replay.conventions().stream()
                .filter(fact -> conventionId == null || conventionId.equals(fact.get("_id")))
                .filter(fact -> confinedTo.isEmpty() || fact.getString("academie") == null
                        || confinedTo.get().equals(fact.getString("academie")))
                .map(ConventionReportController::present).toList();
        return new ConventionReplay(at, replay.position(), replay.eventsRead(), items);
    }

    private static Map<Integer, Long> parse(String position) {
        Map<Integer, Long> offsets = new TreeMap<>();
        for (String pair : position.split(",")) {
            String[] parts = pair.split(":");
            if (offsets.put(Integer.valueOf(parts[0]), Long.valueOf(parts[1])) != null) {
                throw RuleViolation.unprocessable("partition-named-twice", "position",
                        "partition " + parts[0] + " is named twice");
            }
        }
        return offsets;
    }

    public record ConventionReportPage(List<Map<String, Object>> items, String next) {
    }

    @GetMapping
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "Conventions by kind, académie and status, paged by cursor",
            description = "The conventions as projected from ipe.conventions.v1, within a second of each event; the "
                    + "projection ignores duplicates and replays by aggregate sequence. `limit` is 1 to 200; `next` "
                    + "is the cursor of the following page. Any reader role; a RECTORAT gets the national conventions "
                    + "and its own académie's only, and asking for another académie is refused (403).")
    public ConventionReportPage list(
            @RequestParam(required = false) @Pattern(regexp = "[A-Z_]{1,40}") String kind,
            @RequestParam(required = false) @Pattern(regexp = "[a-z]+(-[a-z]+)*") String academie,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z_]{1,40}") String status,
            @RequestParam(required = false) @Size(max = 64) String after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE) int limit, ViewReads reads) {
        scope.requireVisible(academie);
        List<Map<String, Object>> items = ConventionsView.conventions(reads.of(ConventionsView.VIEW), kind, academie,
                        status, scope.restriction(), after, limit)
                .stream().map(ConventionReportController::present).toList();
        String next = items.size() == limit ? (String) items.get(items.size() - 1).get("conventionId") : null;
        return new ConventionReportPage(items, next);
    }

    @GetMapping("/{conventionId}")
    @PreAuthorize(Roles.READERS)
    @Operation(summary = "One convention as the reports see it",
            description = "The convention's projected state and the sequence of the last event applied (`version`); "
                    + "404 until its first event arrived. Readers: NATIONAL, ASSOCIATION, FINANCE, OPS, RECTORAT of "
                    + "its académie.")
    public Map<String, Object> get(@PathVariable @Size(max = 64) String conventionId, ViewReads reads) {
        Document convention = ConventionsView.convention(reads.of(ConventionsView.VIEW), conventionId)
                .orElseThrow(() -> new ResourceNotFoundException("convention", conventionId));
        scope.requireVisible(convention.getString("academie"));
        return present(convention);
    }

    /** The stored fact as the API shows it: {@code _id} as conventionId, the sequence as the version. */
    private static Map<String, Object> present(Document fact) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("conventionId", fact.get("_id"));
        fact.forEach((key, value) -> {
            if (!key.startsWith("_")) {
                view.put(key, value);
            }
        });
        view.put("version", fact.get("_sequence"));
        return view;
    }
}
