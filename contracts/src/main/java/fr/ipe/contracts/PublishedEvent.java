package fr.ipe.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An event that leaves its service. Records implement it; the accessors feed the CloudEvents attributes. */
public interface PublishedEvent {

    /** The aggregate the event belongs to: the Kafka key and the CloudEvents {@code subject}. */
    @JsonIgnore
    String aggregateId();

    /** The académie the event concerns (CloudEvents extension {@code academie}); null for national events. */
    @JsonIgnore
    default String academieScope() {
        return null;
    }
}
