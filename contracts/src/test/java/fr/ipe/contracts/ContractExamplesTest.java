package fr.ipe.contracts;

import static fr.ipe.contracts.ContractExamples.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.SubsidyNotified;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The frozen JSON examples pin the published language: each reads back into its record with a strict mapper and
 * writes back the same JSON, so a renamed, removed, added or retyped field fails here before a consumer breaks.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractExamplesTest {

    @Test
    @Order(0)
    @EnabledIfSystemProperty(named = WriteContractExamples.PROPERTY, matches = ".+")
    void writesTheExamplesItIsAskedFor() throws IOException {
        String property = System.getProperty(WriteContractExamples.PROPERTY);
        WriteContractExamples.write(WriteContractExamples.typesToRewrite(property))
                .forEach(path -> System.out.println("wrote " + path));
    }

    @Test
    @Order(1)
    void everyPublishedTypeHasExactlyOneExampleAndNoExampleIsStray() throws IOException {
        List<String> expected = EventCatalog.events().stream()
                .map(event -> EventCatalog.contractOf(event).type() + ContractExamples.SUFFIX).toList();
        try (Stream<Path> files = Files.list(ContractExamples.directory())) {
            assertThat(files.map(path -> path.getFileName().toString()).toList())
                    .as("files in %s (write a missing one with WriteContractExamples)", ContractExamples.directory())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    @Order(1)
    void everyPublishedTypeHasOneSample() {
        assertThat(ContractSamples.all().stream().map(Object::getClass).toList())
                .as("ContractSamples.all()")
                .containsExactlyInAnyOrderElementsOf(EventCatalog.events());
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> everyExampleReadsBackIntoItsRecordAndWritesTheSameJson() {
        return EventCatalog.events().stream().map(event -> dynamicTest(EventCatalog.contractOf(event).type(), () -> {
            Path file = ContractExamples.fileOf(event);
            assertThat(file).as("frozen example (write it with WriteContractExamples)").exists();
            String example = Files.readString(file);
            assertThat(problemWith(event, example)).as(file.toString()).isEmpty();
            assertThat(JSON.readTree(example))
                    .as("%s equals its sample in ContractSamples", file.getFileName())
                    .isEqualTo(JSON.readTree(JSON.writeValueAsString(sampleOf(event))));
        }));
    }

    @Test
    void aRenamedRemovedAddedOrRetypedFieldIsCaught() throws IOException {
        String example = Files.readString(ContractExamples.fileOf(SubsidyNotified.class));
        assertThat(problemWith(SubsidyNotified.class, example)).isEmpty();

        ObjectNode renamed = (ObjectNode) JSON.readTree(example);
        renamed.set("amount", renamed.remove("amountCents"));
        assertThat(problemWith(SubsidyNotified.class, JSON.writeValueAsString(renamed))).isPresent();

        ObjectNode removed = (ObjectNode) JSON.readTree(example);
        removed.remove("notifiedOn");
        assertThat(problemWith(SubsidyNotified.class, JSON.writeValueAsString(removed))).isPresent();

        ObjectNode added = (ObjectNode) JSON.readTree(example);
        added.put("currency", "EUR");
        assertThat(problemWith(SubsidyNotified.class, JSON.writeValueAsString(added))).isPresent();

        ObjectNode retyped = (ObjectNode) JSON.readTree(example);
        retyped.put("amountCents", retyped.get("amountCents").asText());
        assertThat(problemWith(SubsidyNotified.class, JSON.writeValueAsString(retyped))).isPresent();

        ObjectNode nulled = (ObjectNode) JSON.readTree(example);
        nulled.putNull("year");
        assertThat(problemWith(SubsidyNotified.class, JSON.writeValueAsString(nulled))).isPresent();

        String drafted = Files.readString(ContractExamples.fileOf(ConventionDrafted.class));
        ObjectNode nestedRename = (ObjectNode) JSON.readTree(drafted);
        ObjectNode firstParty = (ObjectNode) nestedRename.get("parties").get(0);
        firstParty.set("label", firstParty.remove("name"));
        assertThat(problemWith(ConventionDrafted.class, JSON.writeValueAsString(nestedRename))).isPresent();
    }

    /** Why {@code json} is not a faithful example of {@code event}, if it is not. */
    private static Optional<String> problemWith(Class<? extends PublishedEvent> event, String json) {
        try {
            PublishedEvent read = JSON.readValue(json, event);
            // compare trees parsed from text on both sides, so that an int and a long of equal value compare equal
            JsonNode again = JSON.readTree(JSON.writeValueAsString(read));
            JsonNode frozen = JSON.readTree(json);
            return frozen.equals(again) ? Optional.empty()
                    : Optional.of("writes back as " + again + " instead of " + frozen
                            + ": changing a published record needs a new type version");
        } catch (IOException e) {
            return Optional.of("does not read as " + event.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static PublishedEvent sampleOf(Class<? extends PublishedEvent> event) {
        return ContractSamples.all().stream().filter(event::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("no sample of " + event.getName() + " in ContractSamples"));
    }
}
