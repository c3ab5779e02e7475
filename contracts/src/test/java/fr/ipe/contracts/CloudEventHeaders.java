package fr.ipe.contracts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Kafka headers of a published event (CloudEvents 1.0, Kafka protocol binding, binary mode: each attribute in a
 * {@code ce_<name>} header, the data's media type in {@code content-type}), and those a consumer adds when it parks a
 * message on a dead-letter topic. Header values are text on the wire, numbers included.
 */
final class CloudEventHeaders {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CloudEventHeaders() {
    }

    static ObjectNode schema() {
        ObjectNode schema = NODES.objectNode().put("type", "object")
                .put("description", "CloudEvents 1.0 attributes of a record, in binary mode");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("ce_specversion").put("type", "string").put("const", "1.0");
        text(properties, "ce_id", "the event's id (the Axon event id): a consumer recognises a redelivery by it");
        text(properties, "ce_type", "the event type and version, e.g. fr.ipe.convention.ConventionSigned.v1");
        text(properties, "ce_source", "the publishing service (its application name)").put("format", "uri-reference");
        text(properties, "ce_subject", "the aggregate id, also the record's key");
        text(properties, "ce_time", "when the event was committed (UTC)").put("format", "date-time");
        properties.putObject("content-type").put("type", "string").put("const", "application/json");
        text(properties, "ce_academie", "extension academie: the académie the event concerns; absent for national data");
        text(properties, "ce_sequence", "extension sequence: the aggregate's sequence number; a consumer ignores an "
                + "event at or below the one it applied").put("pattern", "^[0-9]+$");
        text(properties, "traceparent", "the W3C trace context of the command that caused the event");
        schema.putArray("required").add("ce_specversion").add("ce_id").add("ce_type").add("ce_source")
                .add("ce_subject").add("ce_time").add("ce_sequence");
        return schema;
    }

    static ObjectNode deadLetterSchema() {
        ObjectNode schema = NODES.objectNode().put("type", "object")
                .put("description", "the original record's headers (ce_* when it was a CloudEvent) and the error");
        ObjectNode properties = schema.putObject("properties");
        text(properties, "kafka_dlt-exception-fqcn", "the class of the error");
        text(properties, "kafka_dlt-exception-message", "the error's message");
        text(properties, "kafka_dlt-exception-stacktrace", "the error's stack trace");
        text(properties, "kafka_dlt-original-topic", "the topic the record was read from");
        text(properties, "kafka_dlt-original-partition", "its partition (a 4-byte integer)");
        text(properties, "kafka_dlt-original-offset", "its offset (an 8-byte integer)");
        text(properties, "kafka_dlt-original-consumer-group", "the consumer group that parked it");
        schema.putArray("required").add("kafka_dlt-exception-fqcn").add("kafka_dlt-original-topic")
                .add("kafka_dlt-original-partition").add("kafka_dlt-original-offset");
        return schema;
    }

    private static ObjectNode text(ObjectNode properties, String name, String description) {
        return properties.putObject(name).put("type", "string").put("description", description);
    }
}
