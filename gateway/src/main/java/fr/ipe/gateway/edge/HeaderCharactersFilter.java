package fr.ipe.gateway.edge;

import fr.ipe.platform.web.Problems;
import fr.ipe.platform.web.RequestText;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Right after the size limits: a header whose name is not a token (RFC 9110, 5.1) or whose value holds a control
 * character (a tab separates tokens and is allowed) is refused with a 400 problem naming the header, as the services
 * do. Netty's own check of the same rules is turned off ({@code server.netty.validate-headers: false}) because it
 * answers a bare 400 before any handler runs; nothing reaches a route, a CORS answer or a service before this check.
 */
@Component
public class HeaderCharactersFilter implements WebFilter, Ordered {

    /** The characters of a token besides letters and digits (RFC 9110, 5.6.2). */
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private final ProblemResponses problems;

    public HeaderCharactersFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        for (Map.Entry<String, List<String>> header : exchange.getRequest().getHeaders().headerSet()) {
            String name = header.getKey();
            if (!isToken(name)) {
                return problems.write(exchange, Problems.ofField(HttpStatus.BAD_REQUEST, "invalid-header-name",
                        "Invalid request", name, "a header name is a token: letters, digits and " + TOKEN_SYMBOLS));
            }
            for (String value : header.getValue()) {
                RequestText.Refusal refusal = RequestText.refusalOfToken(value.replace('\t', ' '));
                if (refusal != null) {
                    return problems.write(exchange, Problems.ofField(HttpStatus.BAD_REQUEST, refusal.rule(),
                            "Invalid request", name, refusal.message()));
                }
            }
        }
        return chain.filter(exchange);
    }

    private static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
            if (!letterOrDigit && TOKEN_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int getOrder() {
        return RequestLimitsFilter.ORDER + 1;
    }
}
