package fr.ipe.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import fr.ipe.platform.scheduling.OncePerCluster;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a POST with an {@code Idempotency-Key} header safe to retry: the first response (anything but a 5xx) is
 * stored per caller and key ({@link IdempotencyStore}, for 24 hours by default), and the same request again gets that
 * response back instead of running twice. The same key with another request is refused (422); a retry while the first
 * is still running gets 409, and so does one whose answer was forgotten because its resource was erased.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    private static final ObjectMapper CANONICAL_JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final IdempotencyStore store;
    private final ObjectMapper json;

    public IdempotencyKeyFilter(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            writeProblem(response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "must be 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String principal = caller == null ? "anonymous" : caller.getName();
        byte[] body = request.getInputStream().readAllBytes();
        String hash = hash(request, body);

        if (!store.claim(key, principal, hash, request.getRequestURI())) {
            replay(key, principal, hash, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new ReplayableRequest(request, body), captured);
            if (captured.getStatus() < 500) {
                store.complete(key, principal, captured.getStatus(), captured.getContentType(),
                        captured.getHeader("Location"), captured.getHeader("ETag"), captured.getContentAsByteArray());
                stored = true;
            }
        } finally {
            if (!stored) {
                store.release(key, principal);
            }
            captured.copyBodyToResponse();
        }
    }

    private void replay(String key, String principal, String hash, HttpServletResponse response) throws IOException {
        IdempotencyStore.StoredResponse stored = store.find(key, principal).orElse(null);
        if (stored == null || stored.status() == null) {
            writeProblem(response, HttpStatus.CONFLICT, "idempotency-key-in-flight",
                    "a request with this key is still being processed");
            return;
        }
        if (stored.forgotten()) {
            writeProblem(response, HttpStatus.CONFLICT, "idempotency-answer-erased", "the answer stored for this key "
                    + "was about a resource since erased, so it is no longer kept; send a new request with a new key");
            return;
        }
        if (!stored.requestHash().equals(hash)) {
            writeProblem(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "this key was already used for a different request");
            return;
        }
        response.setStatus(stored.status());
        response.setHeader(REPLAYED_HEADER, "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader("Location", stored.location());
        }
        if (stored.etag() != null) {
            response.setHeader("ETag", stored.etag());
        }
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private void writeProblem(HttpServletResponse response, HttpStatus status, String rule, String detail)
            throws IOException {
        ProblemDetail problem = Problems.ofField(status, rule, "Idempotency-Key refused", HEADER, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /**
     * The request's identity: its path and its body, JSON in canonical form (keys sorted, no insignificant white
     * space), so a client that serialises the same request again with its fields in another order is recognised.
     */
    private String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(canonical(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] canonical(byte[] body) {
        try {
            return CANONICAL_JSON.writeValueAsBytes(json.readValue(body, Object.class));
        } catch (IOException notJson) {
            return body;
        }
    }

    /** Lets the application read the body the filter already read for the hash. */
    private static final class ReplayableRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayableRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Only services with a database keep idempotency keys; the filter runs after Spring Security. Expired answers are
     * swept every {@code ipe.idempotency.sweep-interval} (10 minutes by default).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.jdbc.core.JdbcTemplate")
    public static class Registration {
        @Bean
        IdempotencyStore idempotencyStore(JdbcTemplate jdbc,
                                          @Value("${ipe.idempotency.retention:PT24H}") Duration retention) {
            return new IdempotencyStore(jdbc, retention, Clock.systemUTC());
        }

        @Bean
        FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(IdempotencyStore store, ObjectMapper json) {
            FilterRegistrationBean<IdempotencyKeyFilter> registration =
                    new FilterRegistrationBean<>(new IdempotencyKeyFilter(store, json));
            registration.setOrder(0);
            registration.addUrlPatterns("/api/*");
            return registration;
        }

        @Bean
        ExpiredAnswersSweep expiredIdempotencyAnswersSweep(IdempotencyStore store, OncePerCluster once,
                @Value("${ipe.idempotency.sweep-interval:PT10M}") Duration interval) {
            return new ExpiredAnswersSweep(store, interval, once);
        }
    }
}
