package fr.ipe.gateway.resilience;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a route's circuit breaker counts as a failure of the service: a 5xx answer (see {@link RouteResilience}), a
 * connection that could not be made or broke, and a time-out (the HTTP client's 504). Everything else is the caller's
 * doing (a 4xx, a body too large) and must never open the breaker for everyone; the gateway's own load shedding (a
 * full bulkhead) happens outside the breaker and never reaches it.
 */
public class ServerFailure implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RouteResilience.ServiceFailed) {
                return true;
            }
            if (t instanceof ResponseStatusException status) {
                return status.getStatusCode().is5xxServerError();
            }
            if (t instanceof IOException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
