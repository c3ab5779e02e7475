package fr.ipe.gateway.ratelimit;

import fr.ipe.gateway.edge.ProblemResponses;
import fr.ipe.platform.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's rate limits, per client address (checked before the token, so a flood of forged tokens is limited
 * too) and per token subject (checked once the token is validated). Each answer carries the {@code RateLimit-*}
 * headers; a refused one is a 429 problem with {@code Retry-After}. The buckets are shared by every gateway instance
 * in the gateway's PostgreSQL ({@code IPE_GATEWAY_DB_URL}); without a database, each instance keeps its own.
 */
@Component
public class RateLimits {

    /** The kinds of caller a bucket is kept for, as named in metrics and problems. */
    enum Kind { SUBJECT, CLIENT_ADDRESS }

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    private final boolean enabled;
    private final CallerBuckets subjects;
    private final CallerBuckets addresses;
    private final ClientAddresses clientAddresses;
    private final ProblemResponses problems;
    private final MeterRegistry meters;

    public RateLimits(RateLimitProperties properties, ObjectProvider<SharedBucketTable> shared,
                      ProblemResponses problems, MeterRegistry meters) {
        this.enabled = properties.enabled();
        SharedBucketTable table = shared.getIfAvailable();
        if (table != null) {
            this.subjects = table.of("subject", properties.subject());
            this.addresses = table.of("address", properties.clientAddress());
        } else {
            log.warn("No database (IPE_GATEWAY_DB_URL): rate limits are held in this gateway instance's memory only");
            this.subjects = new LocalBuckets(properties.subject(), properties.maxTrackedCallers());
            this.addresses = new LocalBuckets(properties.clientAddress(), properties.maxTrackedCallers());
        }
        this.clientAddresses = new ClientAddresses(properties.trustedProxies());
        this.problems = problems;
        this.meters = meters;
    }

    boolean enabled() {
        return enabled;
    }

    /** Lets the request go on ({@code proceed}) or answers it 429. */
    Mono<Void> checkAddress(ServerWebExchange exchange, Mono<Void> proceed) {
        return addresses.take(clientAddresses.of(exchange.getRequest()))
                .flatMap(decision -> check(exchange, Kind.CLIENT_ADDRESS, decision, proceed));
    }

    Mono<Void> checkSubject(ServerWebExchange exchange, String subject, Mono<Void> proceed) {
        return subjects.take(subject).flatMap(decision -> check(exchange, Kind.SUBJECT, decision, proceed));
    }

    private Mono<Void> check(ServerWebExchange exchange, Kind kind, Decision decision, Mono<Void> proceed) {
        if (!decision.checked()) {
            return proceed;
        }
        HttpHeaders headers = exchange.getResponse().getHeaders();
        // the tighter of the two buckets is what the caller sees: the subject's, checked last, overwrites
        headers.set("RateLimit-Limit", String.valueOf(decision.limit()));
        headers.set("RateLimit-Remaining", String.valueOf(decision.remaining()));
        headers.set("RateLimit-Reset", String.valueOf(Decision.seconds(decision.nanosToFull())));
        if (decision.allowed()) {
            return proceed;
        }
        meters.counter("ipe.gateway.rate.limited", "kind", kind.name().toLowerCase()).increment();
        long retryAfter = Decision.seconds(decision.nanosToRetry());
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "Too many requests from this " + (kind == Kind.SUBJECT ? "user" : "client address")
                        + "; retry in " + retryAfter + " s");
        problem.setProperty("limitedBy", kind.name().toLowerCase().replace('_', '-'));
        return problems.write(exchange, problem);
    }
}
