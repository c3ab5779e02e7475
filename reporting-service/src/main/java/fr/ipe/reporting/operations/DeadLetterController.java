package fr.ipe.reporting.operations;

import fr.ipe.platform.web.Problems;
import fr.ipe.platform.kafka.DeadLetters;
import fr.ipe.platform.kafka.DeadLetters.DeadLetter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ops' hands on the dead-letter topics of the projections: list, redrive after a fix, discard with a reason. */
@RestController
@RequestMapping("/api/reports/operations/dead-letters")
@Validated
@PreAuthorize("hasRole('OPS')")
@Tag(name = "Operations: dead letters", description = "Messages the reports could not process, parked on <topic>.dlt")
public class DeadLetterController {

    /** One of the projected topics; its dead letters are on {@code <topic>.dlt}. */
    private static final String TOPIC = "ipe\\.(conventions|missions|actions|stages)\\.v1";
    /** A parked message: its dead-letter partition and offset. */
    private static final String ID = "[0-9]{1,4}@[0-9]{1,19}";

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    public record DeadLetterPage(String topic, long pending, List<DeadLetter> items) {
    }

    @Schema(example = "{\"reason\": \"Malformed test message sent by hand on 2026-11-20; nothing to replay\"}")
    public record Discard(@NotBlank @Size(max = 1000) String reason) {
    }

    @GetMapping
    @Operation(summary = "The dead letters of a projected topic",
            description = "Each parked message with its CloudEvents attributes, the error the projection met (class, "
                    + "message, original topic, partition and offset) and its data; handled ones only with "
                    + "includeHandled. Role OPS.")
    public DeadLetterPage list(@RequestParam @Pattern(regexp = TOPIC, message = "must be a projected topic") String topic,
                               @RequestParam(defaultValue = "false") boolean includeHandled,
                               @RequestParam(defaultValue = "100") @Min(1) @Max(DeadLetters.MAX_LISTED) int limit) {
        return new DeadLetterPage(topic, deadLetters.pending(topic), deadLetters.list(topic, includeHandled, limit));
    }

    @PostMapping("/{id}/redrive")
    @Operation(summary = "Send one dead letter back to its topic",
            description = "After the cause was fixed: the message goes back to its topic unchanged (same CloudEvents "
                    + "id, so an event applied meanwhile is not counted twice) and the decision is audited. 404 for an "
                    + "unknown message, 409 when already redriven or discarded. Role OPS.")
    public DeadLetter redrive(@PathVariable @Pattern(regexp = ID, message = "must be partition@offset") String id,
                              @RequestParam @Pattern(regexp = TOPIC, message = "must be a projected topic") String topic,
                              Principal caller) {
        return deadLetters.redrive(topic, id, caller.getName());
    }

    @PostMapping("/redrive-all")
    @Operation(summary = "Send every pending dead letter of a topic back to it",
            description = "Redrives each pending message in the order it was parked; answers those redriven. Role OPS.")
    public List<DeadLetter> redriveAll(@RequestParam @Pattern(regexp = TOPIC, message = "must be a projected topic")
                                       String topic, Principal caller) {
        return deadLetters.redriveAll(topic, caller.getName());
    }

    @PostMapping("/{id}/discard")
    @Operation(summary = "Discard one dead letter, with the reason",
            description = "The message stays parked but is handled; the reason, the operator and the time are kept in "
                    + "the audit log. 404 for an unknown message, 409 when already handled. Role OPS.")
    public DeadLetter discard(@PathVariable @Pattern(regexp = ID, message = "must be partition@offset") String id,
                              @RequestParam @Pattern(regexp = TOPIC, message = "must be a projected topic") String topic,
                              @Valid @RequestBody Discard body, Principal caller) {
        return deadLetters.discard(topic, id, body.reason().strip(), caller.getName());
    }

    @ExceptionHandler(DeadLetters.UnknownDeadLetterException.class)
    ResponseEntity<ProblemDetail> unknown(DeadLetters.UnknownDeadLetterException e) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(DeadLetters.AlreadyHandledException.class)
    ResponseEntity<ProblemDetail> handled(DeadLetters.AlreadyHandledException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "dead-letter-already-handled", "Already handled",
                e.getMessage());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
