package fr.ipe.platform.views.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Where the rebuilds under way stand, for the operators' dashboards: how many are running (or switching), the events
 * they still have to read to reach the head of the topics, and how fast they read. Read from the stored progress
 * ({@link Rebuilds#all()}), so every reporting instance reports every rebuild of the cluster.
 */
public final class RebuildMetrics implements MeterBinder {

    private final Rebuilds rebuilds;

    public RebuildMetrics(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        gauge(meters, "ipe.views.rebuilds.active", null, "rebuilds running or switching", List::size);
        gauge(meters, "ipe.views.rebuild.lag", "events", "events the active rebuilds have still to read",
                active -> active.stream().mapToLong(RebuildProgress::lag).sum());
        gauge(meters, "ipe.views.rebuild.rate", "events.per.second", "events read per second by the active rebuilds",
                active -> active.stream().mapToDouble(RebuildProgress::eventsPerSecond).sum());
    }

    private void gauge(MeterRegistry meters, String name, String unit, String description,
                       ToDoubleFunction<List<RebuildProgress>> value) {
        Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.active()))
                .baseUnit(unit).description(description).register(meters);
    }

    private List<RebuildProgress> active() {
        return rebuilds.all().stream().filter(progress -> !progress.isOver()).toList();
    }
}
