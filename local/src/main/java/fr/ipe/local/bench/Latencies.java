package fr.ipe.local.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Latencies of one measure in milliseconds, sorted: the percentiles a benchmark prints (tails, not only medians). */
public record Latencies(List<Double> sortedMillis) {

    public static Latencies of(Collection<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Latencies(List.copyOf(sorted));
    }

    public int count() {
        return sortedMillis.size();
    }

    /** The nearest-rank percentile; NaN when nothing was measured. */
    public double percentile(double percent) {
        if (sortedMillis.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedMillis.size());
        return sortedMillis.get(Math.max(0, Math.min(sortedMillis.size() - 1, rank - 1)));
    }

    public double median() {
        return percentile(50);
    }

    public double p99() {
        return percentile(99);
    }

    public double max() {
        return sortedMillis.isEmpty() ? Double.NaN : sortedMillis.get(sortedMillis.size() - 1);
    }

    /** "p50 12.0 ms, p99 40.1 ms, max 80.3 ms (n 1 000)" */
    public String summary() {
        return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms (n %,d)", median(), p99(), max(), count());
    }
}
