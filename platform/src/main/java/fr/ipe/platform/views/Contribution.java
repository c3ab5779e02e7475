package fr.ipe.platform.views;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one fact adds to the totals of each view key: named counters per key (e.g. {@code actions}, {@code girls}, or a
 * member of a group such as {@code uai.0691234A}). The totals of a key are the sum of the contributions of every fact,
 * so a fact that changes moves the totals by the difference of its contributions ({@link #minus}), a fact removed by
 * its whole contribution: a correction replaces, a cancellation removes, nothing is added twice.
 */
public final class Contribution {

    private static final Contribution NONE = new Contribution(Map.of());

    /** key → counter → amount, without zero amounts. */
    private final Map<String, Map<String, Long>> byKey;

    private Contribution(Map<String, Map<String, Long>> byKey) {
        this.byKey = byKey;
    }

    public static Contribution none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The view keys this contribution moves. */
    public Set<String> keys() {
        return byKey.keySet();
    }

    /** The counters of {@code key} (empty when it adds nothing there). */
    public Map<String, Long> of(String key) {
        return byKey.getOrDefault(key, Map.of());
    }

    /** This contribution less {@code other}: what replacing {@code other} by this one moves. */
    public Contribution minus(Contribution other) {
        return combine(other, -1);
    }

    public Contribution plus(Contribution other) {
        return combine(other, 1);
    }

    private Contribution combine(Contribution other, long sign) {
        if (other.isEmpty()) {
            return this;
        }
        Builder sum = new Builder();
        byKey.forEach((key, counters) -> counters.forEach((name, amount) -> sum.add(key, name, amount)));
        other.byKey.forEach((key, counters) -> counters.forEach((name, amount) -> sum.add(key, name, sign * amount)));
        return sum.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Contribution that && byKey.equals(that.byKey);
    }

    @Override
    public int hashCode() {
        return byKey.hashCode();
    }

    @Override
    public String toString() {
        return byKey.toString();
    }

    /** Adds amounts key by key; zero sums vanish. */
    public static final class Builder {
        private final Map<String, Map<String, Long>> byKey = new TreeMap<>();

        /** Adds {@code amount} to counter {@code name} of {@code key}. */
        public Builder add(String key, String name, long amount) {
            if (amount != 0) {
                Map<String, Long> counters = byKey.computeIfAbsent(key, k -> new TreeMap<>());
                long sum = Math.addExact(counters.getOrDefault(name, 0L), amount);
                if (sum == 0) {
                    counters.remove(name);
                    if (counters.isEmpty()) {
                        byKey.remove(key);
                    }
                } else {
                    counters.put(name, sum);
                }
            }
            return this;
        }

        /**
         * Adds one to member {@code member} of the small group {@code group} of {@code key} (a theme, an académie): its
         * count is readable per member ({@link Totals#members}).
         */
        public Builder member(String key, String group, String member) {
            return add(key, Totals.memberCounter(group, member), 1);
        }

        /**
         * Adds one to member {@code member} of the large group {@code group} of {@code key} (UAIs, IPE): only how many
         * distinct members count is readable ({@link Totals#distinct}), kept in buckets so that no document grows with
         * the group.
         */
        public Builder distinct(String key, String group, String member) {
            return add(key, Totals.distinctCounter(group, member), 1);
        }

        /** Adds the same counters to each of {@code keys}. */
        public Builder addToEach(Iterable<String> keys, String name, long amount) {
            keys.forEach(key -> add(key, name, amount));
            return this;
        }

        public Contribution build() {
            if (byKey.isEmpty()) {
                return NONE;
            }
            Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
            byKey.forEach((key, counters) -> copy.put(key, Collections.unmodifiableMap(new TreeMap<>(counters))));
            return new Contribution(Collections.unmodifiableMap(copy));
        }
    }
}
