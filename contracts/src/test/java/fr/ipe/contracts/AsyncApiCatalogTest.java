package fr.ipe.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event catalogue is a valid AsyncAPI 3.0 document (checked against the AsyncAPI Initiative's JSON schema of the
 * specification, {@code asyncapi/asyncapi-3.0.0.schema.json}), lists every topic and event type, and each type's
 * frozen example is valid against the schema the catalogue gives its data and headers.
 */
class AsyncApiCatalogTest {

    static final SchemaRegistry DRAFT_7 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    static ObjectNode document;

    @BeforeAll
    static void generate() throws IOException {
        document = AsyncApiCatalog.document("test", ContractExamples.module());
    }

    @Test
    void theCatalogueIsAValidAsyncApi3Document() throws IOException {
        assertThat(asyncApiSchema().validate(document)).isEmpty();
    }

    @Test
    void theAsyncApiSchemaRefusesADocumentThatBreaksIt() throws IOException {
        ObjectNode broken = document.deepCopy();
        ((ObjectNode) broken.get("channels").get("conventions")).put("adress", "ipe.conventions.v1");
        ((ObjectNode) broken.get("operations").elements().next()).put("action", "publish");
        assertThat(asyncApiSchema().validate(broken)).extracting(Error::getInstanceLocation).map(Object::toString)
                .anyMatch(location -> location.contains("conventions"))
                .anyMatch(location -> location.contains("operations"));
    }

    @Test
    void everyTopicHasAChannelAndADeadLetterChannelListingTheEventsPublishedToIt() {
        for (String topic : Topics.ALL) {
            JsonNode channel = document.get("channels").get(AsyncApiCatalog.channelName(topic));
            assertThat(channel.get("address").asText()).isEqualTo(topic);
            assertThat(channel.at("/bindings/kafka/partitions").asInt()).isEqualTo(Topics.partitions(topic));
            Set<String> listed = new TreeSet<>();
            channel.get("messages").forEach(reference -> listed.add(reference.get("$ref").asText()
                    .replace("#/components/messages/", "")));
            assertThat(listed).as(topic).isEqualTo(typesPublishedTo(topic));
            assertThat(document.get("channels").get(AsyncApiCatalog.channelName(topic) + "-dead-letters")
                    .get("address").asText()).isEqualTo(Topics.deadLetter(topic));
        }
        assertThat(typesPublishedTo(Topics.FUNDING)).contains("fr.ipe.convention.SubsidyPaid.v1",
                "fr.ipe.mission.MissionCertified.v1");
    }

    @Test
    void everyEventTypeHasItsFrozenExampleValidAgainstItsDataAndHeaderSchemas() throws IOException {
        for (Class<? extends PublishedEvent> event : EventCatalog.events()) {
            String type = EventCatalog.contractOf(event).type();
            JsonNode message = document.get("components").get("messages").get(type);
            assertThat(message).as(type).isNotNull();
            JsonNode example = message.get("examples").get(0);
            assertThat(example.get("payload")).as(type)
                    .isEqualTo(ContractExamples.JSON.readTree(ContractExamples.fileOf(event).toFile()));
            assertThat(schemaAt(message.get("payload")).validate(example.get("payload"))).as(type).isEmpty();
            assertThat(schemaAt(message.get("headers")).validate(example.get("headers"))).as(type).isEmpty();
            assertThat(example.at("/headers/ce_type").asText()).isEqualTo(type);
        }
    }

    @Test
    void aRetypedMissingOrMistypedPropertyBreaksTheDataSchema() {
        JsonNode message = document.at("/components/messages/fr.ipe.convention.ConventionDrafted.v2");
        Schema data = schemaAt(message.get("payload"));
        ObjectNode example = (ObjectNode) message.at("/examples/0/payload").deepCopy();
        assertThat(data.validate(example)).isEmpty();

        assertThat(data.validate(example.deepCopy().put("durationYears", "four"))).isNotEmpty();
        ObjectNode withoutTitle = example.deepCopy();
        withoutTitle.remove("title");
        assertThat(data.validate(withoutTitle)).isNotEmpty();
        assertThat(data.validate(example.deepCopy().put("kind", "NATIONAL"))).isNotEmpty();
        assertThat(data.validate(example.deepCopy().put("startDate", "1 March 2007"))).isNotEmpty();
        assertThat(data.validate(example.deepCopy().putNull("durationYears"))).as("a primitive is never null")
                .isNotEmpty();

        Schema headers = schemaAt(message.get("headers"));
        ObjectNode otherType = ((ObjectNode) message.at("/examples/0/headers").deepCopy())
                .put("ce_type", "fr.ipe.convention.ConventionSigned.v1");
        assertThat(headers.validate(otherType)).isNotEmpty();
    }

    @Test
    void theJarCarriesTheCatalogueTheCodeGenerates() throws IOException {
        Path built = ContractExamples.module().resolve(Path.of("target", "classes", AsyncApiCatalog.RESOURCE));
        assertThat(built).as("written by the build (exec-maven-plugin, process-test-classes)").isRegularFile();
        ObjectNode written = (ObjectNode) ContractExamples.JSON.readTree(built.toFile());
        ((ObjectNode) written.get("info")).put("version", "test");
        assertThat(written).isEqualTo(document);
    }

    /** A schema of the catalogue, resolved within it: {@code {"$ref": ...}} beside the catalogue's components. */
    private static Schema schemaAt(JsonNode schema) {
        ObjectNode root = document.deepCopy();
        root.setAll((ObjectNode) schema.deepCopy());
        return DRAFT_7.getSchema(SchemaLocation.of("urn:ipe:events"), root);
    }

    private static Schema asyncApiSchema() throws IOException {
        try (InputStream in = AsyncApiCatalogTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            return DRAFT_7.getSchema(in);
        }
    }

    private static Set<String> typesPublishedTo(String topic) {
        Set<String> types = new TreeSet<>();
        EventCatalog.events().stream().filter(event -> AsyncApiCatalog.publishedTo(event, topic))
                .forEach(event -> types.add(EventCatalog.contractOf(event).type()));
        return types;
    }
}
