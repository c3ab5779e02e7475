package fr.ipe.gateway.edge;

import fr.ipe.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A request Spring Security's firewall refuses (an encoded {@code %00}, {@code %2F} or {@code %25} in the path, a
 * control character in a header) is a 400 problem, not Spring Security's bare 400.
 */
@Component
public class RejectedRequests implements ServerExchangeRejectedHandler {

    private final ProblemResponses problems;

    public RejectedRequests(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return problems.write(exchange, Problems.of(HttpStatus.BAD_REQUEST, "request-rejected", "Request rejected",
                rejected.getMessage()));
    }
}
