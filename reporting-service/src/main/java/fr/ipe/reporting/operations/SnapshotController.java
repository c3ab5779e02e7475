package fr.ipe.reporting.operations;

import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.views.operations.RebuildProgress;
import fr.ipe.platform.views.operations.SnapshotBound;
import fr.ipe.platform.views.operations.Snapshots;
import fr.ipe.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Time travel for ops and auditors: any report view as it stood at an instant or at a position of the stream, built
 * from the topics into a generation of its own; every query of the view reads it when given {@code ?snapshot=<id>}.
 */
@RestController
@RequestMapping("/api/reports/snapshots")
@Validated
@PreAuthorize("hasAnyRole('OPS', 'NATIONAL')")
@Tag(name = "Time travel", description = "Report views as of an instant or a stream position, for audits")
public class SnapshotController {

    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final Snapshots snapshots;

    public SnapshotController(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Schema(example = "{\"views\": [\"conventions\"], \"at\": \"2010-12-31T23:00:00Z\"}")
    public record SnapshotRequest(
            @Schema(description = "The views to build; empty or absent: all of them")
            @Size(max = 50) List<@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,63}", message = "must be a view name") String> views,
            @Schema(description = "The instant: every event whose time is at or before it")
            Instant at,
            @Schema(description = "Or the position: per topic partition (e.g. ipe.actions.v1-0), the offset of the first "
                    + "event left out, as answered by an earlier snapshot")
            @Size(max = 256) Map<@Pattern(regexp = "ipe\\.[a-z-]+\\.v[0-9]+-[0-9]{1,4}",
                    message = "must be a topic partition such as ipe.actions.v1-0") String,
                    @NotNull @Min(0) @Max(Long.MAX_VALUE) Long> position) {
    }

    @PostMapping
    @Operation(summary = "Build report views as of an instant or a stream position",
            description = "Reads the topics from offset 0 up to `at` (events' CloudEvents time) or below `position` "
                    + "into a generation of its own, while the live views go on. Answers 202 and the snapshot's "
                    + "location; once DONE, every query of those views reads it with `?snapshot=<id>` (e.g. GET "
                    + "/api/reports/conventions?snapshot=…), with the caller's usual rights. The answer's `position` is "
                    + "where it stood: build again from that position to reproduce it to the event. Exactly one of at "
                    + "and position (422 otherwise); 422 for an unknown view. Roles OPS and NATIONAL.")
    public ResponseEntity<RebuildProgress> build(@Valid @RequestBody SnapshotRequest request) {
        if ((request.at() == null) == (request.position() == null)) {
            throw RuleViolation.unprocessable("snapshot-one-bound", request.at() == null ? "at" : "position",
                    "give either an instant (at) or a position of the stream (position), not both nor neither");
        }
        RebuildProgress started = snapshots.build(request.views(), new SnapshotBound(request.at(), request.position()));
        return ResponseEntity.accepted().location(URI.create("/api/reports/snapshots/" + started.id())).body(started);
    }

    @GetMapping
    @Operation(summary = "The snapshots", description = "Every snapshot (of any reporting instance: they are stored), "
            + "the newest first. Roles OPS and NATIONAL.")
    public List<RebuildProgress> list() {
        return snapshots.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Where a snapshot stands",
            description = "Events read and applied, state (RUNNING, then DONE: readable), its bound and the position "
                    + "it reached. 404 for an unknown snapshot. Roles OPS and NATIONAL.")
    public RebuildProgress one(@PathVariable @Pattern(regexp = ID, message = "must be a snapshot id") String id) {
        return snapshots.find(id).orElseThrow(() -> new ResourceNotFoundException("snapshot", id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Drop a snapshot",
            description = "Drops its generations (a running one stops first); queries naming it get 404 after. 404 "
                    + "for an unknown snapshot. Roles OPS and NATIONAL.")
    public RebuildProgress drop(@PathVariable @Pattern(regexp = ID, message = "must be a snapshot id") String id) {
        return snapshots.drop(id).orElseThrow(() -> new ResourceNotFoundException("snapshot", id));
    }
}
