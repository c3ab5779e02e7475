package fr.ipe.stagebank.api;

import fr.ipe.platform.web.Problems;
import java.sql.SQLException;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Reservations contend for the same offers: whatever form a concurrency conflict takes below the aggregate (the
 * aggregate's lock not acquired in time, a deadlock or serialization failure of PostgreSQL on a view row), the caller
 * gets a 409 problem to retry, never a 500. The event store's own conflicts are answered by the platform.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ConcurrencyProblemAdvice {

    /** PostgreSQL's serialization failure and deadlock. */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01", "55P03");

    @ExceptionHandler({ConcurrencyFailureException.class, LockAcquisitionFailedException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException conflict) {
        return answer();
    }

    /** A conflict wrapped by Axon's unit of work or by JDBC: the SQL state tells. */
    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> wrapped(IllegalStateException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException || cause instanceof LockAcquisitionFailedException
                    || cause instanceof SQLException sql && CONFLICT_STATES.contains(sql.getSQLState())) {
                return answer();
            }
        }
        LoggerFactory.getLogger(ConcurrencyProblemAdvice.class).error("Unexpected failure", failure);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed; it has been logged"));
    }

    private static ResponseEntity<ProblemDetail> answer() {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                "Another request changed the same offer at the same time; read it again and retry");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
