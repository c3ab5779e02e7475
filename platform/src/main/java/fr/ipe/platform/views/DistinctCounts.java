package fr.ipe.platform.views;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;

/**
 * The distinct counts of a key's large groups as read at one version of its document: reading them costs a bucket
 * document per 32nd of each group (its members' counts included), and they move only with the version, so a key read
 * again unchanged (a national bilan between two changes) costs its one document. One per process: every instance reads
 * the version from the store, never from here.
 */
final class DistinctCounts {

    /** A key's document as one writer history made it: its collection, its creation's number, its version. */
    private record Read(String collection, String key, Object born, long version) {
    }

    private final Cache<Read, Map<String, Long>> read = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    /** The counts read at {@code version} of {@code key}'s document created as {@code born}; null if not read yet. */
    Map<String, Long> at(String collection, String key, Object born, long version) {
        return born == null ? null : read.getIfPresent(new Read(collection, key, born, version));
    }

    void remember(String collection, String key, Object born, long version, Map<String, Long> distinct) {
        if (born != null) {
            read.put(new Read(collection, key, born, version), Map.copyOf(distinct));
        }
    }
}
