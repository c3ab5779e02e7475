package fr.ipe.contracts;

import java.util.List;

/** Kafka topics: one per bounded context, plus the funding feed (one partition, so its offsets are a total order). */
public final class Topics {
    public static final String CONVENTIONS = "ipe.conventions.v1";
    public static final String MISSIONS = "ipe.missions.v1";
    public static final String ACTIONS = "ipe.actions.v1";
    public static final String STAGES = "ipe.stages.v1";
    public static final String FUNDING = "ipe.funding.v1";

    public static final List<String> ALL = List.of(CONVENTIONS, MISSIONS, ACTIONS, STAGES, FUNDING);

    private Topics() {
    }

    /** Where a consumer parks the messages of {@code topic} it cannot process. */
    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }

    /** Partitions per topic: the funding feed needs one so that its offsets order every funding event. */
    public static int partitions(String topic) {
        return FUNDING.equals(topic) ? 1 : 3;
    }
}
