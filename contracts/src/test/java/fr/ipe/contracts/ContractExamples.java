package fr.ipe.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The frozen JSON example of every published event type, one file per CloudEvents type in
 * {@code contracts/src/test/resources/contract-examples/<ce-type>.json}. Read from the source tree, not the classpath,
 * so that a file deleted from the sources cannot linger in {@code target}.
 */
final class ContractExamples {

    static final String SUFFIX = ".json";

    /** As strict as a consumer should be: a renamed, removed, added or retyped field does not read back the same. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ContractExamples() {
    }

    /** The examples directory of the contracts module, whether run by Maven (basedir) or from the repository root. */
    static Path directory() {
        return directory(module());
    }

    /** The contracts module's directory, whether run by Maven (basedir) or from the repository root. */
    static Path module() {
        String basedir = System.getProperty("basedir");
        return basedir != null ? Path.of(basedir)
                : Files.isDirectory(Path.of("contracts", "src")) ? Path.of("contracts") : Path.of("");
    }

    /** The examples directory of the contracts module at {@code module}. */
    static Path directory(Path module) {
        return module.resolve(Path.of("src", "test", "resources", "contract-examples")).toAbsolutePath();
    }

    static Path fileOf(Class<? extends PublishedEvent> event) {
        return fileOf(directory(), event);
    }

    static Path fileOf(Path directory, Class<? extends PublishedEvent> event) {
        return directory.resolve(EventCatalog.contractOf(event).type() + SUFFIX);
    }
}
