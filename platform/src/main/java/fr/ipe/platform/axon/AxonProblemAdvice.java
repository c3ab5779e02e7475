package fr.ipe.platform.axon;

import fr.ipe.platform.web.Problems;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Axon's own failures as problem bodies: unknown aggregate, stale expected version, concurrent change. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AxonProblemAdvice {

    @ExceptionHandler(AggregateNotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException notFound) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No resource with id " + notFound.getAggregateIdentifier()));
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    public ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException stale) {
        return respond(Problems.ofField(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version", "If-Match",
                "expected version " + stale.getExpectedVersion() + " but the resource is at version "
                        + stale.getActualVersion()));
    }

    @ExceptionHandler({ConcurrencyException.class, EventStoreException.class})
    public ResponseEntity<ProblemDetail> concurrentChange(RuntimeException conflict) {
        return respond(Problems.of(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                "The resource was changed by another request at the same time; read it again and retry"));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
