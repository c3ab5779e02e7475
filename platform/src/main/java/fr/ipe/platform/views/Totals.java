package fr.ipe.platform.views;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * The totals of one view key: the sum of the {@link Contribution}s of every fact, and the version of that sum (one more
 * each time a fact's contribution moved it), which is the id a live push of this state carries. Counters are plain
 * ({@code actions}) or members of a group ({@code uai.0691234A}): a group answers how many distinct members count.
 */
public final class Totals {

    /** Stored fields of a totals document: the counters and the version. */
    static final String COUNTERS = "c";
    static final String VERSION = "_version";

    private final String key;
    private final long version;
    private final Map<String, Long> counters;
    private final Map<String, Map<String, Long>> groups;

    private Totals(String key, long version, Map<String, Long> counters, Map<String, Map<String, Long>> groups) {
        this.key = key;
        this.version = version;
        this.counters = counters;
        this.groups = groups;
    }

    /** No fact counted yet. */
    public static Totals empty(String key) {
        return new Totals(key, 0, Map.of(), Map.of());
    }

    /** The sum of {@code contributions} for {@code key}: what a store holds once they were all applied. */
    public static Totals of(String key, Iterable<Contribution> contributions) {
        Map<String, Long> flat = new TreeMap<>();
        long version = 0;
        for (Contribution contribution : contributions) {
            Map<String, Long> counters = contribution.of(key);
            if (!counters.isEmpty()) {
                version++;
                counters.forEach((name, amount) -> flat.merge(name, amount, Math::addExact));
            }
        }
        Document nested = new Document();
        flat.forEach((name, amount) -> {
            int dot = name.indexOf('.');
            if (dot < 0) {
                nested.append(name, amount);
            } else {
                nested.computeIfAbsent(name.substring(0, dot), g -> new Document());
                nested.get(name.substring(0, dot), Document.class).append(name.substring(dot + 1), amount);
            }
        });
        return read(key, new Document(COUNTERS, nested).append(VERSION, version));
    }

    /** Reads a stored totals document ({@code null}: nothing counted yet). */
    static Totals read(String key, Document stored) {
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
                    group.forEach((member, count) -> {
                        long n = ((Number) count).longValue();
                        if (n != 0) {
                            members.put(decode(member), n);
                        }
                    });
                    groups.put(name, Collections.unmodifiableMap(members));
                } else if (value instanceof Number number && number.longValue() != 0) {
                    counters.put(name, number.longValue());
                }
            });
        }
        Number version = stored.get(VERSION, Number.class);
        return new Totals(key, version == null ? 0 : version.longValue(), Collections.unmodifiableMap(counters),
                Collections.unmodifiableMap(groups));
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

    /** The members of {@code group} that count, with how many facts count each. */
    public Map<String, Long> members(String group) {
        Map<String, Long> members = new TreeMap<>();
        groups.getOrDefault(group, Map.of()).forEach((member, n) -> {
            if (n > 0) {
                members.put(member, n);
            }
        });
        return members;
    }

    /** How many distinct members of {@code group} count. */
    public long distinct(String group) {
        return groups.getOrDefault(group, Map.of()).values().stream().filter(n -> n > 0).count();
    }

    /** Whether the same figures (the version aside). */
    public boolean sameCountsAs(Totals other) {
        return counters.equals(other.counters) && normalised(groups).equals(normalised(other.groups));
    }

    private static Map<String, Map<String, Long>> normalised(Map<String, Map<String, Long>> groups) {
        Map<String, Map<String, Long>> kept = new TreeMap<>();
        groups.forEach((name, members) -> {
            Map<String, Long> nonZero = new TreeMap<>(members);
            nonZero.values().removeIf(n -> n == 0);
            if (!nonZero.isEmpty()) {
                kept.put(name, nonZero);
            }
        });
        return kept;
    }

    @Override
    public String toString() {
        return "Totals[" + key + " v" + version + " " + counters + " " + groups + "]";
    }

    /** The counter of member {@code member} in {@code group}, safe as a MongoDB field path. */
    static String memberCounter(String group, String member) {
        if (group.indexOf('.') >= 0) {
            throw new IllegalArgumentException("a group name has no dot: " + group);
        }
        return group + "." + segment(member);
    }

    /** An id as one field-path segment: no dot, no leading dollar (percent-encoded, as members are decoded back). */
    static String segment(String member) {
        return URLEncoder.encode(member, StandardCharsets.UTF_8).replace(".", "%2E").replace("*", "%2A");
    }

    private static String decode(String member) {
        return URLDecoder.decode(member, StandardCharsets.UTF_8);
    }
}
