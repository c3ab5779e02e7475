package fr.ipe.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The event catalogue: an AsyncAPI 3 document of every topic and event type, generated from the catalog
 * ({@link EventCatalog}, each record's {@link EventContract}), the records themselves (their data's JSON schema,
 * {@link EventSchemas}) and their frozen examples, so it cannot drift from what the services publish. The build writes
 * it into the contracts jar ({@value #RESOURCE}, see contracts' pom) and the gateway serves it at
 * {@code /docs/events/asyncapi.json}.
 * <p>
 * Run as {@code AsyncApiCatalog <output file> <version> <contracts module directory>}.
 */
public final class AsyncApiCatalog {

    static final String RESOURCE = "asyncapi/ipe-events.json";
    static final String CLOUD_EVENT_HEADERS = "CloudEventHeaders";
    static final String DEAD_LETTER_HEADERS = "DeadLetterHeaders";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String KAFKA_BINDING = "0.5.0";

    /** The service that publishes each context's topic (CloudEvents {@code source}: its application name). */
    private static final Map<String, String> PRODUCERS = Map.of(Topics.CONVENTIONS, "convention-service",
            Topics.MISSIONS, "mission-service", Topics.ACTIONS, "action-service", Topics.STAGES, "stage-bank-service");
    /** The topics reporting projects into its views (the funding feed it serves by offset, without a group). */
    private static final List<String> PROJECTED = List.of(Topics.CONVENTIONS, Topics.MISSIONS, Topics.ACTIONS,
            Topics.STAGES);

    private AsyncApiCatalog() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: AsyncApiCatalog <output file> <version> <contracts module dir>");
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, ContractExamples.JSON.writeValueAsString(document(args[1], Path.of(args[2]))) + "\n");
    }

    static ObjectNode document(String version, Path module) throws IOException {
        List<Class<? extends PublishedEvent>> events = EventCatalog.events();
        EventSchemas schemas = EventSchemas.of(events);
        EventDescriptions descriptions = new EventDescriptions(module);
        Path examples = ContractExamples.directory(module);

        ObjectNode document = NODES.objectNode().put("asyncapi", "3.0.0");
        document.putObject("info").put("title", "ipe-platform events").put("version", version)
                .put("description", "Every event the suite publishes to Kafka: one topic per bounded context and the "
                        + "funding feed, each with its dead-letter topic, all kept forever. Each record is a CloudEvent "
                        + "1.0 in binary mode: the attributes in ce_* headers (with the extensions academie and "
                        + "sequence), the data as JSON, the aggregate id as key. Adding a property is compatible "
                        + "(consumers ignore what they do not know); renaming, removing or retyping one is a new type "
                        + "version (.v2). Generated from the contracts module at build time.");
        document.put("defaultContentType", "application/json");
        document.putObject("servers").putObject("kafka").put("host", "kafka:9092").put("protocol", "kafka")
                .put("description", "The suite's Kafka cluster; each environment names its own bootstrap servers "
                        + "(IPE_KAFKA_BOOTSTRAP).");

        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components");
        ObjectNode messages = components.putObject("messages");
        for (Class<? extends PublishedEvent> event : events) {
            EventContract contract = EventCatalog.contractOf(event);
            messages.set(contract.type(), message(event, contract, schemas, descriptions, examples));
        }
        for (String topic : Topics.ALL) {
            List<Class<? extends PublishedEvent>> onTopic = events.stream().filter(e -> publishedTo(e, topic)).toList();
            channels.set(channelName(topic), channel(topic, onTopic));
            channels.set(channelName(topic) + "-dead-letters", deadLetterChannel(topic));
            addOperations(operations, topic, onTopic);
        }
        messages.set("DeadLetter", deadLetterMessage());
        ObjectNode componentSchemas = schemas.definitions();
        componentSchemas.set(CLOUD_EVENT_HEADERS, CloudEventHeaders.schema());
        componentSchemas.set(DEAD_LETTER_HEADERS, CloudEventHeaders.deadLetterSchema());
        components.set("schemas", componentSchemas);
        return document;
    }

    static boolean publishedTo(Class<? extends PublishedEvent> event, String topic) {
        EventContract contract = EventCatalog.contractOf(event);
        return contract.topic().equals(topic) || Arrays.asList(contract.alsoPublishedTo()).contains(topic);
    }

    /** {@code ipe.conventions.v1} → {@code conventions}. */
    static String channelName(String topic) {
        return topic.replaceFirst("^ipe\\.", "").replaceFirst("\\.v[0-9]+$", "");
    }

    /** {@code fr.ipe.convention.ConventionDrafted.v2} → {@code ConventionDrafted.v2}, its key within a channel. */
    static String messageKey(String type) {
        String[] parts = type.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    private static ObjectNode message(Class<? extends PublishedEvent> event, EventContract contract,
                                      EventSchemas schemas, EventDescriptions descriptions, Path examples)
            throws IOException {
        ObjectNode message = NODES.objectNode().put("name", event.getSimpleName())
                .put("title", event.getSimpleName() + " (" + contract.type() + ")")
                .put("contentType", "application/json");
        descriptions.of(event).ifPresent(text -> message.put("description", text));
        ObjectNode typeHeader = NODES.objectNode();
        typeHeader.putObject("properties").putObject("ce_type").put("const", contract.type());
        message.putObject("headers").putArray("allOf")
                .add(reference("#/components/schemas/" + CLOUD_EVENT_HEADERS)).add(typeHeader);
        message.set("payload", schemas.referenceTo(contract.type()));
        message.putObject("bindings").putObject("kafka")
                .<ObjectNode>set("key", NODES.objectNode().put("type", "string")
                        .put("description", "the aggregate id (ce_subject): one aggregate's events stay in order"))
                .put("bindingVersion", KAFKA_BINDING);
        message.putArray("examples").add(example(event, contract, examples));
        return message;
    }

    /** The frozen example of the type as its data, with the headers the publisher would put beside it. */
    private static ObjectNode example(Class<? extends PublishedEvent> event, EventContract contract, Path examples)
            throws IOException {
        JsonNode data = ContractExamples.JSON.readTree(ContractExamples.fileOf(examples, event).toFile());
        PublishedEvent read = ContractExamples.JSON.treeToValue(data, event);
        ObjectNode headers = NODES.objectNode()
                .put("ce_specversion", "1.0")
                .put("ce_id", UUID.nameUUIDFromBytes(contract.type().getBytes()).toString())
                .put("ce_type", contract.type())
                .put("ce_source", PRODUCERS.get(contract.topic()))
                .put("ce_subject", read.aggregateId())
                .put("ce_time", "2007-03-01T09:30:00Z")
                .put("content-type", "application/json");
        if (read.academieScope() != null) {
            headers.put("ce_academie", read.academieScope());
        }
        headers.put("ce_sequence", "0");
        ObjectNode example = NODES.objectNode().put("name", "frozen")
                .put("summary", "the frozen example of the contracts' tests");
        example.set("headers", headers);
        example.set("payload", data);
        return example;
    }

    private static ObjectNode channel(String topic, List<Class<? extends PublishedEvent>> events) {
        ObjectNode channel = NODES.objectNode().put("address", topic).put("title", topic);
        channel.put("description", Topics.FUNDING.equals(topic)
                ? "Every funding event, also published to its own context's topic, on a single partition so that its "
                + "offsets are one total order: finance pages through it by offset (GET /api/reports/funding)."
                : "The events of one bounded context, keyed by aggregate, published by " + PRODUCERS.get(topic)
                + " from its event store (the outbox) after each command committed, at least once.");
        channel.putArray("servers").add(reference("#/servers/kafka"));
        ObjectNode messages = channel.putObject("messages");
        for (Class<? extends PublishedEvent> event : events) {
            String type = EventCatalog.contractOf(event).type();
            messages.set(messageKey(type), reference("#/components/messages/" + type));
        }
        channel.putObject("bindings").set("kafka", topicBinding(topic, Topics.partitions(topic)));
        return channel;
    }

    private static ObjectNode deadLetterChannel(String topic) {
        String deadLetters = Topics.deadLetter(topic);
        ObjectNode channel = NODES.objectNode().put("address", deadLetters).put("title", deadLetters)
                .put("description", "The messages of " + topic + " a consumer could not process (not a CloudEvent, "
                        + "an unknown type, unreadable data), with the error in their headers; ops list, redrive or "
                        + "discard them (/api/reports/operations/dead-letters).");
        channel.putArray("servers").add(reference("#/servers/kafka"));
        channel.putObject("messages").set("DeadLetter", reference("#/components/messages/DeadLetter"));
        channel.putObject("bindings").set("kafka", topicBinding(deadLetters, Topics.partitions(topic)));
        return channel;
    }

    private static ObjectNode deadLetterMessage() {
        ObjectNode message = NODES.objectNode().put("name", "DeadLetter").put("title", "A message parked by a consumer")
                .put("description", "The original record as it was read (key, value and ce_* headers untouched) plus "
                        + "Spring Kafka's kafka_dlt-* headers naming the error and where the record came from.");
        message.set("headers", reference("#/components/schemas/" + DEAD_LETTER_HEADERS));
        message.putObject("payload").put("description", "the original record's value, unchanged");
        return message;
    }

    private static ObjectNode topicBinding(String topic, int partitions) {
        ObjectNode binding = NODES.objectNode().put("topic", topic).put("partitions", partitions);
        ObjectNode configuration = binding.putObject("topicConfiguration");
        configuration.putArray("cleanup.policy").add("delete");
        configuration.put("retention.ms", -1);
        return binding.put("bindingVersion", KAFKA_BINDING);
    }

    private static void addOperations(ObjectNode operations, String topic, List<Class<? extends PublishedEvent>> events) {
        String channel = channelName(topic);
        List<String> producers = Topics.FUNDING.equals(topic)
                ? events.stream().map(e -> PRODUCERS.get(EventCatalog.contractOf(e).topic())).distinct().toList()
                : List.of(PRODUCERS.get(topic));
        for (String producer : producers) {
            ObjectNode send = operation("send", channel, producer + " publishes to " + topic);
            ArrayNode sent = send.putArray("messages");
            events.stream().filter(e -> producer.equals(PRODUCERS.get(EventCatalog.contractOf(e).topic())))
                    .forEach(e -> sent.add(reference("#/channels/" + channel + "/messages/"
                            + messageKey(EventCatalog.contractOf(e).type()))));
            operations.set(producer + ".publishes." + channel, send);
        }
        if (PROJECTED.contains(topic)) {
            ObjectNode receive = operation("receive", channel, "reporting-service projects " + topic
                    + " into its views, ignoring an event at or below the aggregate sequence already applied");
            receive.putObject("bindings").putObject("kafka")
                    .<ObjectNode>set("groupId", NODES.objectNode().put("type", "string").put("const", "reporting-service"))
                    .put("bindingVersion", KAFKA_BINDING);
            operations.set("reporting-service.projects." + channel, receive);
            operations.set("reporting-service.parks." + channel, operation("send", channel + "-dead-letters",
                    "reporting-service parks what it cannot process from " + topic));
        } else {
            operations.set("reporting-service.serves." + channel, operation("receive", channel,
                    "reporting-service reads " + topic + " by offset, without a group, to page the funding feed"));
        }
    }

    private static ObjectNode operation(String action, String channel, String summary) {
        ObjectNode operation = NODES.objectNode().put("action", action);
        operation.set("channel", reference("#/channels/" + channel));
        return operation.put("summary", summary);
    }

    static ObjectNode reference(String to) {
        return NODES.objectNode().put("$ref", to);
    }
}
