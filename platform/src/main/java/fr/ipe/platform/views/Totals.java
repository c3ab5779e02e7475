package fr.ipe.platform.views;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;

/**
 * The totals of one view key: the sum of the {@link Contribution}s of every fact, and the version of that sum (one more
 * each time a fact's contribution moved it), which is the id a live push of this state carries. A counter is plain
 * ({@code actions}), a member of a small group whose counts are kept per member ({@code theme.stages}), or a member of
 * a large group of which only the number of distinct members is read ({@code uai#0691234A}).
 * <p>
 * Stored as one document per key ({@code c}: plain counters and small groups; {@code g}: the large groups it has) and,
 * per large group, {@value #BUCKETS} bucket documents {@code <key>#<group>#<n>} holding their members' counts
 * ({@code m}) and how many of them count ({@code d}): a document never grows with a group of thousands, so moving it
 * costs the same whatever the history.
 */
public final class Totals {

    static final String COUNTERS = "c";
    static final String VERSION = "_version";
    /**
     * A random number drawn when a key's document is created: a key written again from nothing (its collection dropped
     * and rebuilt in place) starts again at version 0, so a version alone does not say which figures it counts.
     */
    static final String BORN = "_born";
    static final String LARGE_GROUPS = "g";
    static final String MEMBERS = "m";
    static final String DISTINCT = "d";
    static final int BUCKETS = 32;
    private static final char DISTINCT_MARK = '#';

    private final String key;
    private final long version;
    private final Map<String, Long> counters;
    private final Map<String, Map<String, Long>> groups;
    private final Map<String, Long> distinct;

    private Totals(String key, long version, Map<String, Long> counters, Map<String, Map<String, Long>> groups,
                   Map<String, Long> distinct) {
        this.key = key;
        this.version = version;
        this.counters = Collections.unmodifiableMap(counters);
        this.groups = Collections.unmodifiableMap(groups);
        this.distinct = Collections.unmodifiableMap(distinct);
    }

    /** No fact counted yet. */
    public static Totals empty(String key) {
        return new Totals(key, 0, Map.of(), Map.of(), Map.of());
    }

    /** The sum of {@code contributions} for {@code key}: what a store holds once they were all applied. */
    public static Totals of(String key, Iterable<Contribution> contributions) {
        Map<String, Long> sums = new TreeMap<>();
        long version = 0;
        for (Contribution contribution : contributions) {
            Map<String, Long> moved = contribution.of(key);
            if (!moved.isEmpty()) {
                version++;
                moved.forEach((name, amount) -> sums.merge(name, amount, Math::addExact));
            }
        }
        Map<String, Long> counters = new TreeMap<>();
        Map<String, Map<String, Long>> groups = new TreeMap<>();
        Map<String, Long> distinct = new TreeMap<>();
        sums.forEach((name, amount) -> {
            int mark = name.indexOf(DISTINCT_MARK);
            int dot = name.indexOf('.');
            if (mark >= 0) {
                if (amount > 0) {
                    distinct.merge(name.substring(0, mark), 1L, Long::sum);
                }
            } else if (dot >= 0) {
                groups.computeIfAbsent(name.substring(0, dot), g -> new TreeMap<>())
                        .put(decode(name.substring(dot + 1)), amount);
            } else if (amount != 0) {
                counters.put(name, amount);
            }
        });
        return new Totals(key, version, counters, groups, distinct);
    }

    /** Reads a stored key document ({@code null}: nothing counted yet) with its large groups' distinct counts. */
    static Totals read(String key, Document stored, Map<String, Long> distinct) {
        if (stored == null) {
            return empty(key);
        }
        Map<String, Long> counters = new TreeMap<>();
        Map<String, Map<String, Long>> groups = new TreeMap<>();
        Document values = stored.get(COUNTERS, Document.class);
        if (values != null) {
            values.forEach((name, value) -> {
                if (value instanceof Document group) {
                    Map<String, Long> members = new TreeMap<>();
                    group.forEach((member, count) -> members.put(decode(member), ((Number) count).longValue()));
                    groups.put(name, members);
                } else if (value instanceof Number number && number.longValue() != 0) {
                    counters.put(name, number.longValue());
                }
            });
        }
        return new Totals(key, storedVersion(stored), counters, groups, new TreeMap<>(distinct));
    }

    /** Per large group, the distinct members counted by {@code buckets} (the bucket documents of {@code key}). */
    static Map<String, Long> distinctOf(String key, List<Document> buckets) {
        Map<String, Long> distinct = new TreeMap<>();
        for (Document bucket : buckets) {
            String id = bucket.getString("_id");
            String group = id.substring(key.length() + 1, id.lastIndexOf(DISTINCT_MARK));
            Number count = bucket.get(DISTINCT, Number.class);
            distinct.merge(group, count == null ? 0 : count.longValue(), Long::sum);
        }
        return distinct;
    }

    /** The {@link #BORN} number of a key document being created. */
    static long newBorn() {
        return ThreadLocalRandom.current().nextLong();
    }

    /** The version of a stored key document (0 before its first change). */
    static long storedVersion(Document stored) {
        Number version = stored.get(VERSION, Number.class);
        return version == null ? 0 : version.longValue();
    }

    public String key() {
        return key;
    }

    public long version() {
        return version;
    }

    /** A plain counter (0 when nothing counted it). */
    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }

    /** The members of the small group {@code group} that count, with how many facts count each. */
    public Map<String, Long> members(String group) {
        Map<String, Long> members = new TreeMap<>();
        groups.getOrDefault(group, Map.of()).forEach((member, n) -> {
            if (n > 0) {
                members.put(member, n);
            }
        });
        return members;
    }

    /** How many distinct members of the large group {@code group} count. */
    public long distinct(String group) {
        return distinct.getOrDefault(group, 0L);
    }

    /** Whether the same figures (the version aside). */
    public boolean sameCountsAs(Totals other) {
        return counters.equals(other.counters) && positive(groups).equals(positive(other.groups))
                && positiveCounts(distinct).equals(positiveCounts(other.distinct));
    }

    private static Map<String, Map<String, Long>> positive(Map<String, Map<String, Long>> groups) {
        Map<String, Map<String, Long>> kept = new TreeMap<>();
        groups.forEach((name, members) -> {
            Map<String, Long> counting = new TreeMap<>(members);
            counting.values().removeIf(n -> n <= 0);
            if (!counting.isEmpty()) {
                kept.put(name, counting);
            }
        });
        return kept;
    }

    private static Map<String, Long> positiveCounts(Map<String, Long> counts) {
        Map<String, Long> kept = new TreeMap<>(counts);
        kept.values().removeIf(n -> n <= 0);
        return kept;
    }

    @Override
    public String toString() {
        return "Totals[" + key + " v" + version + " " + counters + " " + groups.keySet() + " " + distinct + "]";
    }

    /** The counter of member {@code member} of the small group {@code group}, safe as a MongoDB field path. */
    static String memberCounter(String group, String member) {
        checkGroup(group);
        return group + "." + segment(member);
    }

    /** The counter of member {@code member} of the large group {@code group}. */
    static String distinctCounter(String group, String member) {
        checkGroup(group);
        return group + DISTINCT_MARK + segment(member);
    }

    /** Whether {@code counter} is a member of a large group, and then its group and member. */
    static String[] distinctParts(String counter) {
        int mark = counter.indexOf(DISTINCT_MARK);
        return mark < 0 ? null : new String[] {counter.substring(0, mark), counter.substring(mark + 1)};
    }

    /** The bucket document holding {@code member} (encoded) of {@code group} for {@code key}. */
    static String bucketOf(String key, String group, String encodedMember) {
        return bucket(key, group, Math.floorMod(encodedMember.hashCode(), BUCKETS));
    }

    static String bucket(String key, String group, int n) {
        return key + DISTINCT_MARK + group + DISTINCT_MARK + n;
    }

    private static void checkGroup(String group) {
        if (group.indexOf('.') >= 0 || group.indexOf(DISTINCT_MARK) >= 0) {
            throw new IllegalArgumentException("a group name has no dot nor " + DISTINCT_MARK + ": " + group);
        }
    }

    /** An id as one field-path segment: no dot, no leading dollar (percent-encoded, as members are decoded back). */
    static String segment(String member) {
        return URLEncoder.encode(member, StandardCharsets.UTF_8).replace(".", "%2E").replace("*", "%2A");
    }

    private static String decode(String member) {
        return URLDecoder.decode(member, StandardCharsets.UTF_8);
    }
}
