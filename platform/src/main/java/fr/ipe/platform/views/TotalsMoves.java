package fr.ipe.platform.views;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;

/**
 * How a change of contributions moves the stored totals: per key, the increments of its document (plain counters and
 * small groups, and its version) and the large groups it has; per bucket document, the increments of its members.
 */
final class TotalsMoves {

    /** key → counter path under {@code c} → amount. */
    final Map<String, Map<String, Long>> keyCounters = new LinkedHashMap<>();
    /** key → how many changes moved it (its version's increment). */
    final Map<String, Long> versions = new LinkedHashMap<>();
    /** key → large groups it has. */
    final Map<String, Set<String>> largeGroups = new LinkedHashMap<>();
    /** bucket id → encoded member → amount. */
    final Map<String, Map<String, Long>> buckets = new TreeMap<>();

    /** Adds what {@code delta} moves, as one change of each key it moves. */
    TotalsMoves add(Contribution delta) {
        for (String key : delta.keys()) {
            versions.merge(key, 1L, Long::sum);
            Map<String, Long> counters = keyCounters.computeIfAbsent(key, k -> new LinkedHashMap<>());
            delta.of(key).forEach((name, amount) -> {
                String[] distinct = Totals.distinctParts(name);
                if (distinct == null) {
                    counters.merge(name, amount, Long::sum);
                } else {
                    largeGroups.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(distinct[0]);
                    buckets.computeIfAbsent(Totals.bucketOf(key, distinct[0], distinct[1]), b -> new TreeMap<>())
                            .merge(distinct[1], amount, Long::sum);
                }
            });
        }
        return this;
    }

    boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The {@code $inc} and {@code $set} of key {@code key}'s document. */
    Document keyUpdate(String key) {
        Document increments = new Document(Totals.VERSION, versions.get(key));
        keyCounters.getOrDefault(key, Map.of()).forEach((name, amount) -> {
            if (amount != 0) {
                increments.append(Totals.COUNTERS + "." + name, amount);
            }
        });
        Document update = new Document("$inc", increments)
                .append("$setOnInsert", new Document(Totals.BORN, Totals.newBorn()));
        Set<String> groups = largeGroups.get(key);
        if (groups != null) {
            Document present = new Document();
            groups.forEach(group -> present.append(Totals.LARGE_GROUPS + "." + group, true));
            update.append("$set", present);
        }
        return update;
    }

    /**
     * Key {@code key}'s document ({@code null}: none yet) moved by these moves: its counters and small groups' members
     * (one counted by no fact goes), the large groups it has, its version, and the number drawn at its creation
     * ({@link Totals#BORN}).
     */
    Document movedKey(String key, Document current) {
        Document next = new Document("_id", key);
        Document counters = new Document();
        Document groups = new Document();
        long version = 0;
        Object born = current == null ? null : current.get(Totals.BORN);
        if (current != null) {
            current.get(Totals.COUNTERS, new Document()).forEach((name, value) -> counters.put(name,
                    value instanceof Document group ? new Document(group) : value));
            groups.putAll(current.get(Totals.LARGE_GROUPS, new Document()));
            Number stored = current.get(Totals.VERSION, Number.class);
            version = stored == null ? 0 : stored.longValue();
        }
        keyCounters.getOrDefault(key, Map.of()).forEach((name, amount) -> {
            int dot = name.indexOf('.');
            Document holder = dot < 0 ? counters
                    : (Document) counters.computeIfAbsent(name.substring(0, dot), group -> new Document());
            String field = dot < 0 ? name : name.substring(dot + 1);
            long count = ((Number) holder.getOrDefault(field, 0L)).longValue() + amount;
            if (count != 0) {
                holder.put(field, count);
            } else if (holder.remove(field) != null && holder.isEmpty() && dot >= 0) {
                counters.remove(name.substring(0, dot));
            }
        });
        largeGroups.getOrDefault(key, Set.of()).forEach(group -> groups.put(group, true));
        return next.append(Totals.COUNTERS, counters).append(Totals.LARGE_GROUPS, groups)
                .append(Totals.VERSION, version + versions.getOrDefault(key, 0L))
                .append(Totals.BORN, born != null ? born : Totals.newBorn());
    }

    /** {@code bucket} (null: none yet) with {@code moves} applied: its members' counts, and how many count. */
    static Document movedBucket(String id, Document bucket, Map<String, Long> moves) {
        Document members = new Document();
        if (bucket != null) {
            members.putAll(bucket.get(Totals.MEMBERS, new Document()));
        }
        moves.forEach((member, amount) -> {
            long count = ((Number) members.getOrDefault(member, 0L)).longValue() + amount;
            if (count == 0) {
                members.remove(member);
            } else {
                members.put(member, count);
            }
        });
        long distinct = members.values().stream().filter(n -> ((Number) n).longValue() > 0).count();
        return new Document("_id", id).append(Totals.MEMBERS, members).append(Totals.DISTINCT, distinct);
    }
}
