package fr.ipe.reporting.operations;

import fr.ipe.platform.views.operations.RebuildProgress;
import fr.ipe.platform.views.operations.Rebuilds;
import fr.ipe.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Ops' rebuilds of the report views from the event stream, without downtime. */
@RestController
@RequestMapping("/api/reports/operations/rebuilds")
@Validated
@PreAuthorize("hasRole('OPS')")
@Tag(name = "Operations: rebuilds", description = "Rebuild report views from offset 0 into a new generation and switch")
public class RebuildController {

    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final long PUSH_EVERY_MILLIS = 500;

    private final Rebuilds rebuilds;
    private final ScheduledExecutorService pushes = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rebuild-progress");
        thread.setDaemon(true);
        return thread;
    });

    public RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Schema(example = "{\"views\": [\"conventions\"], \"keepPrevious\": true}")
    public record RebuildRequest(
            @Schema(description = "The views to rebuild; empty or absent: all of them")
            @Size(max = 50) List<@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,63}", message = "must be a view name") String> views,
            @Schema(description = "Keep the replaced generation (a rollback point) until dropped")
            boolean keepPrevious) {
    }

    public record Rebuilding(Map<String, ? extends Collection<String>> views, List<RebuildProgress> rebuilds) {
    }

    @GetMapping
    @Operation(summary = "The views and the rebuilds",
            description = "The views ops can rebuild with their collections, and every rebuild (of any reporting "
                    + "instance: they are stored), the newest first. Role OPS.")
    public Rebuilding list() {
        return new Rebuilding(rebuilds.views(), rebuilds.all());
    }

    @PostMapping
    @Operation(summary = "Rebuild views from the event stream",
            description = "Reads the context topics from offset 0 into a new generation of the views while queries "
                    + "keep answering from the current one, then switches atomically once caught up with the live "
                    + "stream. Answers 202 with the rebuild's location; its progress is at /{id} and, as Server-Sent "
                    + "Events, at /{id}/progress. 409 while one of the views is being rebuilt, 422 for an unknown "
                    + "view. Role OPS.")
    public ResponseEntity<RebuildProgress> start(@Valid @RequestBody RebuildRequest request) {
        RebuildProgress started = rebuilds.start(request.views(), request.keepPrevious());
        return ResponseEntity.accepted().location(URI.create("/api/reports/operations/rebuilds/" + started.id()))
                .body(started);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Where a rebuild stands",
            description = "Events read and applied, events per second, lag to the head of the topics, estimated "
                    + "seconds left, state, generations. 404 for an unknown rebuild. Role OPS.")
    public RebuildProgress one(@PathVariable @Pattern(regexp = ID, message = "must be a rebuild id") String id) {
        return rebuilds.find(id).orElseThrow(() -> new ResourceNotFoundException("rebuild", id));
    }

    @GetMapping(path = "/{id}/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "A rebuild's progress, pushed",
            description = "Server-Sent Events named progress, every half second, the last one when the rebuild is "
                    + "over (DONE, FAILED or CANCELLED, whatever ended it, its instance's death included); then the "
                    + "stream ends. 404 for an unknown rebuild (a problem, as JSON). Role OPS.")
    public SseEmitter progress(@PathVariable @Pattern(regexp = ID, message = "must be a rebuild id") String id) {
        one(id);
        SseEmitter emitter = new SseEmitter(0L);
        AtomicBoolean over = new AtomicBoolean();
        CompletableFuture<ScheduledFuture<?>> task = new CompletableFuture<>();
        Runnable end = () -> {
            over.set(true);
            task.thenAccept(scheduled -> scheduled.cancel(false));
        };
        Runnable push = () -> {
            if (over.get()) {
                return;
            }
            try {
                RebuildProgress progress = rebuilds.find(id).orElseThrow(() -> new IllegalStateException("gone"));
                emitter.send(SseEmitter.event().name("progress").id(Long.toString(progress.eventsRead()))
                        .data(progress, MediaType.APPLICATION_JSON));
                if (progress.isOver()) {
                    end.run();
                    emitter.complete();
                }
            } catch (IOException | RuntimeException gone) {
                // the client went away, or the rebuild's record did: the stream ends either way
                end.run();
                emitter.complete();
            }
        };
        emitter.onCompletion(end);
        emitter.onTimeout(end);
        emitter.onError(failure -> end.run());
        task.complete(pushes.scheduleAtFixedRate(push, 0, PUSH_EVERY_MILLIS, TimeUnit.MILLISECONDS));
        return emitter;
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Cancel a running rebuild",
            description = "Stops it and drops its partial generation; the current one was never touched. 404 for an "
                    + "unknown rebuild, 409 when it is already over. Role OPS.")
    public RebuildProgress cancel(@PathVariable @Pattern(regexp = ID, message = "must be a rebuild id") String id) {
        return rebuilds.cancel(id).orElseThrow(() -> new ResourceNotFoundException("rebuild", id));
    }

    @DeleteMapping("/{id}/previous-generation")
    @Operation(summary = "Drop the generation a rebuild replaced and kept",
            description = "Gives up the rollback point once the rebuilt views are trusted. 404 for an unknown "
                    + "rebuild, 409 unless it is DONE and kept its previous generation. Role OPS.")
    public RebuildProgress dropPrevious(@PathVariable @Pattern(regexp = ID, message = "must be a rebuild id") String id) {
        return rebuilds.dropPrevious(id).orElseThrow(() -> new ResourceNotFoundException("rebuild", id));
    }

    @PreDestroy
    void stop() {
        pushes.shutdownNow();
    }
}
