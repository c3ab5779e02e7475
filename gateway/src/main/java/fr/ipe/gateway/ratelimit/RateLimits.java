package fr.ipe.gateway.ratelimit;

import fr.ipe.gateway.edge.ProblemResponses;
import fr.ipe.platform.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's rate limits, per client address (checked before the token, so a flood of forged tokens is limited
 * too) and per token subject (checked once the token is validated). Each answer carries the {@code RateLimit-*}
 * headers; a refused one is a 429 problem with {@code Retry-After}.
 */
@Component
public class RateLimits {

    /** The kinds of caller a bucket is kept for, as named in metrics and problems. */
    enum Kind { SUBJECT, CLIENT_ADDRESS }

    private final boolean enabled;
    private final CallerBuckets subjects;
    private final CallerBuckets addresses;
    private final ClientAddresses clientAddresses;
    private final ProblemResponses problems;
    private final MeterRegistry meters;

    public RateLimits(RateLimitProperties properties, ProblemResponses problems, MeterRegistry meters) {
        this.enabled = properties.enabled();
        this.subjects = new CallerBuckets(properties.subject(), properties.maxTrackedCallers());
        this.addresses = new CallerBuckets(properties.clientAddress(), properties.maxTrackedCallers());
        this.clientAddresses = new ClientAddresses(properties.trustedProxies());
        this.problems = problems;
        this.meters = meters;
    }

    boolean enabled() {
        return enabled;
    }

    /** Lets the request go on ({@code proceed}) or answers it 429. */
    Mono<Void> checkAddress(ServerWebExchange exchange, Mono<Void> proceed) {
        return check(exchange, Kind.CLIENT_ADDRESS, addresses.take(clientAddresses.of(exchange.getRequest())), proceed);
    }

    Mono<Void> checkSubject(ServerWebExchange exchange, String subject, Mono<Void> proceed) {
        return check(exchange, Kind.SUBJECT, subjects.take(subject), proceed);
    }

    private Mono<Void> check(ServerWebExchange exchange, Kind kind, CallerBuckets.Decision decision,
                             Mono<Void> proceed) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        // the tighter of the two buckets is what the caller sees: the subject's, checked last, overwrites
        headers.set("RateLimit-Limit", String.valueOf(decision.limit()));
        headers.set("RateLimit-Remaining", String.valueOf(decision.remaining()));
        headers.set("RateLimit-Reset", String.valueOf(CallerBuckets.Decision.seconds(decision.nanosToFull())));
        if (decision.allowed()) {
            return proceed;
        }
        meters.counter("ipe.gateway.rate.limited", "kind", kind.name().toLowerCase()).increment();
        long retryAfter = CallerBuckets.Decision.seconds(decision.nanosToRetry());
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "Too many requests from this " + (kind == Kind.SUBJECT ? "user" : "client address")
                        + "; retry in " + retryAfter + " s");
        problem.setProperty("limitedBy", kind.name().toLowerCase().replace('_', '-'));
        return problems.write(exchange, problem);
    }
}
