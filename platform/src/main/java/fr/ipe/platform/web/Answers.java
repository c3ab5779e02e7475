package fr.ipe.platform.web;

import java.net.URI;
import org.springframework.http.ResponseEntity;

/** The answers to a command, the same in every service: the resource with its version as the ETag. */
public final class Answers {

    private Answers() {
    }

    /** 200 with {@code body} and {@code version} as the ETag. */
    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
    }

    /** 201 with {@code body}, its {@code Location} and {@code version} as the ETag. */
    public static <T> ResponseEntity<T> created(String location, T body, long version) {
        return ResponseEntity.created(URI.create(location)).eTag(Versions.etag(version)).body(body);
    }
}
