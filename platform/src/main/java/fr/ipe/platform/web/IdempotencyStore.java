package fr.ipe.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The answers {@link IdempotencyKeyFilter} keeps, per caller and key, in the service's {@code idempotency_key} table.
 * A stored answer is a copy of what the service said, personal data included, so it does not live for ever: it expires
 * after {@code retention} ({@code ipe.idempotency.retention}, 24 hours by default; the key may then be used again) and
 * is deleted by {@link #sweepExpired}; and a service that erases a person's data forgets at once every answer about
 * the resource ({@link #forget}) and every answer kept under the person's name as a caller ({@link #forgetCaller}), in
 * the erasure's own transaction.
 */
public class IdempotencyStore {

    /** The request hash of an answer forgotten by {@link #forget}: no request matches it. */
    static final String FORGOTTEN = "forgotten";

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final Clock clock;

    public IdempotencyStore(JdbcTemplate jdbc, Duration retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    /** A stored answer; {@code status} null while the first request is still running. */
    record StoredResponse(String requestHash, Integer status, String contentType, String location, String etag,
                          byte[] body) {

        boolean forgotten() {
            return FORGOTTEN.equals(requestHash);
        }
    }

    /** Claims {@code key} for a request to {@code path}; false when an unexpired claim or answer holds it already. */
    boolean claim(String key, String principal, String hash, String path) {
        jdbc.update("DELETE FROM idempotency_key WHERE principal = ? AND idempotency_key = ? AND created_at < ?",
                principal, key, expiredBefore());
        return jdbc.update("INSERT INTO idempotency_key (idempotency_key, principal, request_hash, request_path,"
                + " created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", key, principal, hash, path, now()) == 1;
    }

    /** The unexpired claim or answer of {@code key}. */
    Optional<StoredResponse> find(String key, String principal) {
        List<StoredResponse> rows = jdbc.query("SELECT request_hash, status, content_type, location, etag, body"
                        + " FROM idempotency_key WHERE principal = ? AND idempotency_key = ? AND created_at >= ?",
                (rs, i) -> new StoredResponse(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBytes(6)), principal, key, expiredBefore());
        return rows.stream().findFirst();
    }

    void complete(String key, String principal, int status, String contentType, String location, String etag,
                  byte[] body) {
        jdbc.update("UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, etag = ?, body = ?"
                + " WHERE principal = ? AND idempotency_key = ?", status, contentType, location, etag, body, principal,
                key);
    }

    /** Gives the key back: the request failed, so a retry runs it again. */
    void release(String key, String principal) {
        jdbc.update("DELETE FROM idempotency_key WHERE principal = ? AND idempotency_key = ?", principal, key);
    }

    /**
     * Forgets every stored answer about the resource at {@code resourcePath} (e.g. {@code /api/missions/ipes/42}): the
     * answers of requests that created it ({@code Location}) or were sent to it or below it. Their bodies, headers and
     * request hashes are dropped; the keys stay claimed until they expire, so a retry is not run again but answered
     * 409. Joins the caller's transaction: call it in the erasure's. Answers how many answers were forgotten.
     */
    public int forget(String resourcePath) {
        return jdbc.update("UPDATE idempotency_key SET request_hash = ?, status = 409, content_type = NULL,"
                        + " location = NULL, etag = NULL, body = NULL, request_path = NULL"
                        + " WHERE location = ? OR request_path = ? OR left(request_path, ?) = ?",
                FORGOTTEN, resourcePath, resourcePath, resourcePath.length() + 1, resourcePath + "/");
    }

    /**
     * Forgets every answer kept for requests {@code principal} sent (the caller's name, e.g. an erased person's
     * username): rows keyed by it would be a copy of it. Joins the caller's transaction; answers how many.
     */
    public int forgetCaller(String principal) {
        return jdbc.update("DELETE FROM idempotency_key WHERE principal = ?", principal);
    }

    /** Deletes the answers older than the retention period; answers how many. */
    public int sweepExpired() {
        return jdbc.update("DELETE FROM idempotency_key WHERE created_at < ?", expiredBefore());
    }

    public Duration retention() {
        return retention;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private OffsetDateTime expiredBefore() {
        return now().minus(retention);
    }
}
