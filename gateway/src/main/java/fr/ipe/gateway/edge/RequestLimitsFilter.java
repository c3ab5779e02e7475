package fr.ipe.gateway.edge;

import fr.ipe.platform.web.Problems;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The first filter: a request whose URI, headers or body is larger than the configured limits is answered 414, 431 or
 * 413 with a problem body before anything else reads it. A body sent without a {@code Content-Length} is counted as it
 * streams to the service and cut at the limit.
 */
@Component
public class RequestLimitsFilter implements WebFilter, Ordered {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final long maxUriLength;
    private final long maxHeaderSize;
    private final long maxBodySize;
    private final ProblemResponses problems;

    public RequestLimitsFilter(EdgeProperties properties, ProblemResponses problems) {
        this.maxUriLength = properties.limits().maxUriLength().toBytes();
        this.maxHeaderSize = properties.limits().maxHeaderSize().toBytes();
        this.maxBodySize = properties.limits().maxBodySize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String uri = request.getURI().getRawPath()
                + (request.getURI().getRawQuery() == null ? "" : "?" + request.getURI().getRawQuery());
        if (uri.length() > maxUriLength) {
            return problems.write(exchange, Problems.of(HttpStatus.URI_TOO_LONG, "uri-too-long", "URI too long",
                    "The request URI has " + uri.length() + " characters; at most " + maxUriLength + " are read"));
        }
        long headerSize = headerSize(request);
        if (headerSize > maxHeaderSize) {
            return problems.write(exchange, Problems.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "headers-too-large", "Request headers too large", "The request headers hold " + headerSize
                            + " bytes; at most " + maxHeaderSize + " are read"));
        }
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBodySize) {
            return problems.write(exchange, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large",
                    "Request body too large", "The request body has " + declared + " bytes; at most " + maxBodySize
                            + " are accepted"));
        }
        if (declared < 0) {
            return chain.filter(exchange.mutate().request(new CountedBody(request, maxBodySize)).build());
        }
        return chain.filter(exchange);
    }

    private static long headerSize(ServerHttpRequest request) {
        long size = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().headerSet()) {
            for (String value : header.getValue()) {
                size += header.getKey().length() + value.length() + 4;
            }
        }
        return size;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** A streamed body that fails with 413 once it passes the limit. */
    private static final class CountedBody extends ServerHttpRequestDecorator {
        private final long limit;

        CountedBody(ServerHttpRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong read = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (read.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(new PayloadTooLargeException(new IllegalStateException(
                            "the request body passed " + limit + " bytes")));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
