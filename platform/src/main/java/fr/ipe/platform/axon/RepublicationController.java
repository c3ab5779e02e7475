package fr.ipe.platform.axon;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops re-publish a range of the service's event store, under the service's own operations path
 * ({@code ipe.operations.path}, e.g. {@code /api/conventions/operations}) so the gateway routes it like the rest.
 */
@RestController
@Validated
@Tag(name = "Operations: re-publication", description = "The event store published to Kafka again")
public class RepublicationController {

    private final EventStoreRepublication republication;

    public RepublicationController(EventStoreRepublication republication) {
        this.republication = republication;
    }

    @Schema(example = "{\"fromGlobalIndex\": 1, \"toGlobalIndex\": 5000}")
    public record Range(@NotNull @Min(1) @Max(Long.MAX_VALUE - 1) Long fromGlobalIndex,
                        @Min(1) @Max(Long.MAX_VALUE - 1) Long toGlobalIndex) {
    }

    @PostMapping("${ipe.operations.path}/republications")
    @PreAuthorize("hasRole('OPS')")
    @Operation(summary = "Publish a range of the event store to Kafka again",
            description = "Events at global indexes fromGlobalIndex to toGlobalIndex (inclusive; to the head when "
                    + "absent), in store order, each with its own CloudEvents id and sequence so that consumers ignore "
                    + "what they already applied. At most 100 000 events per request: `continueFrom` says where to go "
                    + "on. For a lost or truncated topic, or a new consumer that needs the history. Role OPS.")
    public EventStoreRepublication.Outcome republish(@Valid @RequestBody Range range) {
        if (range.toGlobalIndex() != null && range.toGlobalIndex() < range.fromGlobalIndex()) {
            throw fr.ipe.platform.domain.RuleViolation.unprocessable("range-reversed", "toGlobalIndex",
                    "the range ends at or after fromGlobalIndex");
        }
        return republication.republish(range.fromGlobalIndex(), range.toGlobalIndex());
    }
}
