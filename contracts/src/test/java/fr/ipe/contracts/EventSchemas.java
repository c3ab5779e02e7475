package fr.ipe.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON schema of each event record's data, as the publisher's Jackson writes it: every property present (nulls
 * included), a property of a reference type may be null, dates as ISO-8601 strings, enums as their names. Records
 * nested in several events are one definition each, beside the events', under {@code components/schemas}; an event's
 * own definition is named by its CloudEvents type.
 */
final class EventSchemas {

    static final String DEFINITIONS = "components/schemas";

    private final Map<String, ObjectNode> references = new LinkedHashMap<>();
    private final ObjectNode definitions;

    private EventSchemas(List<Class<? extends PublishedEvent>> events) {
        SchemaBuilder builder = new SchemaGenerator(configuration().build()).buildMultipleSchemaDefinitions();
        for (Class<? extends PublishedEvent> event : events) {
            references.put(EventCatalog.contractOf(event).type(), builder.createSchemaReference(event));
        }
        definitions = builder.collectDefinitions(DEFINITIONS);
    }

    static EventSchemas of(List<Class<? extends PublishedEvent>> events) {
        return new EventSchemas(events);
    }

    /** {@code {"$ref": "#/components/schemas/<type>"}} for an event's CloudEvents type. */
    ObjectNode referenceTo(String type) {
        ObjectNode reference = references.get(type);
        if (reference == null) {
            throw new IllegalArgumentException("no schema for " + type);
        }
        return reference.deepCopy();
    }

    /** Every definition the references point at, by name. */
    ObjectNode definitions() {
        return definitions.deepCopy();
    }

    private static SchemaGeneratorConfigBuilder configuration() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS, Option.STANDARD_FORMATS,
                        Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.PLAIN_DEFINITION_KEYS, Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        // Jackson writes every record component, null or not: all are present, only a primitive one is never null
        config.forFields()
                .withRequiredCheck(field -> true)
                .withNullableCheck(field -> !field.getType().isPrimitive());
        config.forTypesInGeneral()
                .withDefinitionNamingStrategy((definitionKey, context) -> {
                    Class<?> type = definitionKey.getType().getErasedType();
                    return type.isAnnotationPresent(EventContract.class)
                            ? EventCatalog.contractOf(type).type() : type.getSimpleName();
                })
                .withCustomDefinitionProvider((javaType, context) -> {
                    // java.time types the generator does not know: Jackson writes them as ISO-8601 text
                    String pattern = javaType.isInstanceOf(MonthDay.class) ? "^--[0-9]{2}-[0-9]{2}$"
                            : javaType.isInstanceOf(YearMonth.class) ? "^[0-9]{4}-[0-9]{2}$" : null;
                    return pattern == null ? null : new CustomDefinition(context.getGeneratorConfig().createObjectNode()
                            .put("type", "string").put("pattern", pattern), true);
                });
        return config;
    }
}
