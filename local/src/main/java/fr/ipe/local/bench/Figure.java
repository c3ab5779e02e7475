package fr.ipe.local.bench;

/**
 * One row of the benchmark table: what was measured, its figure, the in-run reference it is compared with (the same
 * measure without the layer under test: straight to the service, a plain Kafka consumer, a bare Kafka round trip) and
 * their ratio, and the target the figure is held to.
 */
public record Figure(String path, String measure, String value, String reference, String ratio, String target) {

    public static Figure alone(String path, String measure, String value, String target) {
        return new Figure(path, measure, value, "", "", target);
    }

    public static Figure against(String path, String measure, String value, String reference, double ratio,
                                 String target) {
        return new Figure(path, measure, value, reference, String.format("%.2f", ratio), target);
    }
}
