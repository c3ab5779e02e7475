package fr.ipe.platform.kafka;

/** Names of our CloudEvents extension attributes (Kafka binary mode carries them as {@code ce_<name>} headers). */
public final class CloudEventAttributes {
    /** The académie the event concerns; absent for national events. */
    public static final String ACADEMIE = "academie";
    /** The aggregate sequence number: consumers ignore an event at or below the one they stored. */
    public static final String SEQUENCE = "sequence";

    private CloudEventAttributes() {
    }
}
