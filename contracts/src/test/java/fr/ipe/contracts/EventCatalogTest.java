package fr.ipe.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    /** The contracts' own compiled classes, as found on the classpath; the fixtures below are test classes. */
    private static final JavaClasses CONTRACTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.ipe.contracts");

    @Test
    void theCatalogListsEveryEventContractClassAndOnlyThose() {
        List<String> catalog = EventCatalog.events().stream().map(Class::getName).toList();
        List<String> annotated = CONTRACTS.stream().filter(type -> type.isAnnotatedWith(EventContract.class))
                .map(JavaClass::getName).toList();
        List<String> published = CONTRACTS.stream()
                .filter(type -> type.isAssignableTo(PublishedEvent.class) && !type.isInterface()
                        && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName).toList();

        assertThat(annotated).as("@EventContract classes on the classpath").isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(catalog);
        assertThat(published).as("concrete PublishedEvent classes").containsExactlyInAnyOrderElementsOf(catalog);
        assertThat(EventCatalog.events()).doesNotHaveDuplicates()
                .allSatisfy(event -> assertThat(event).hasAnnotation(EventContract.class));
    }

    @Test
    void theCatalogFollowsNestedSealedRootsAndRefusesAnOpenOne() {
        assertThat(EventCatalog.permittedRecords(List.of(SampleEvents.class)))
                .containsExactly(SampleEvents.Opened.class, SampleEvents.Closed.Early.class, SampleEvents.Closed.Late.class);
        assertThatThrownBy(() -> EventCatalog.permittedRecords(List.of(OpenEvent.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OpenEvent");
    }

    sealed interface SampleEvents extends PublishedEvent {
        record Opened(String aggregateId) implements SampleEvents {
        }

        sealed interface Closed extends SampleEvents {
            record Early(String aggregateId) implements Closed {
            }

            record Late(String aggregateId) implements Closed {
            }
        }
    }

    interface OpenEvent extends PublishedEvent {
    }

    @Test
    void everyEventNamesItsTypeAfterItsRecordAndGoesToAKnownTopic() {
        for (Class<? extends PublishedEvent> event : EventCatalog.events()) {
            EventContract contract = EventCatalog.contractOf(event);
            assertThat(contract.type()).matches("fr\\.ipe\\.[a-z]+\\." + event.getSimpleName() + "\\.v[0-9]+");
            assertThat(Topics.ALL).contains(contract.topic());
            assertThat(contract.alsoPublishedTo()).allSatisfy(topic -> assertThat(Topics.ALL).contains(topic));
            if (event.getSimpleName().startsWith("Subsidy")) {
                assertThat(contract.alsoPublishedTo()).as("funding events feed finance").contains(Topics.FUNDING);
            }
            assertThat(EventCatalog.byType(contract.type())).contains(event);
        }
    }

    @Test
    void anAcademieEventKeepsItsAcademieAndASubsidyEventHasNone() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        var signed = new fr.ipe.contracts.convention.ConventionSigned("c-2", "lyon", LocalDate.of(2024, 6, 24));
        String text = json.writeValueAsString(signed);
        assertThat(text).contains("\"academie\":\"lyon\"");
        assertThat(signed.aggregateId()).isEqualTo("c-2");
        assertThat(signed.academieScope()).isEqualTo("lyon");
        assertThat(json.readValue(text, fr.ipe.contracts.convention.ConventionSigned.class)).isEqualTo(signed);

        var notified = new fr.ipe.contracts.convention.SubsidyNotified("c-1", 2007, 180_000_000L, LocalDate.of(2007, 4, 2));
        assertThat(json.writeValueAsString(notified)).doesNotContain("academie");
        assertThat(notified.academieScope()).isNull();
    }

    @Test
    void anEventSurvivesTheJsonRoundTripWithoutItsDerivedAccessors() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        var drafted = new ConventionDrafted("c-1", ConventionKind.NATIONAL_MULTI_YEAR, "Convention 2007-2011", "Les actions de l'annexe 1", null,
                List.of(new Party(PartyRole.MINISTRY, "DGESCO", null),
                        new Party(PartyRole.ASSOCIATION, "Ingénieurs pour l'école", "42843689300013")),
                LocalDate.of(2007, 3, 1), 4, LocalDate.of(2011, 2, 28), 720_000_000L,
                List.of(180_000_000L, 180_000_000L, 180_000_000L, 180_000_000L), MonthDay.of(12, 31), null, List.of(),
                null);

        String text = json.writeValueAsString(drafted);

        assertThat(text).contains("\"startDate\":\"2007-03-01\"").contains("\"fiscalYearEnd\":\"--12-31\"").doesNotContain("aggregateId").doesNotContain("academieScope");
        assertThat(json.readValue(text, ConventionDrafted.class)).isEqualTo(drafted);
    }
}
