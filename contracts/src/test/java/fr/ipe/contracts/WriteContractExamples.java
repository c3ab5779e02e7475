package fr.ipe.contracts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the frozen JSON example of a published event type from its sample in {@link ContractSamples}.
 * <p>
 * Without arguments it writes only the examples that are missing (a new event type). Naming CloudEvents types
 * rewrites those examples: do it only for a type whose record changed <em>before it was ever published</em>. Once a
 * type is published, changing its example is a contract change: publish a new type version ({@code .v2}) with its
 * own example instead, and keep the old one.
 * <p>
 * Run it as a test-scope main class, or through Maven:
 * <pre>
 * ./mvnw -q -o -pl contracts test -Dtest=ContractExamplesTest -Dcontracts.write-examples=missing
 * ./mvnw -q -o -pl contracts test -Dtest=ContractExamplesTest \
 *     -Dcontracts.write-examples=fr.ipe.convention.ConventionDrafted.v1,fr.ipe.convention.AvenantProposed.v1
 * </pre>
 * ({@code missing} writes only new files; Surefire keeps the "wrote …" lines in
 * {@code contracts/target/surefire-reports/fr.ipe.contracts.ContractExamplesTest-output.txt}; {@code git status} shows
 * them too.)
 */
public final class WriteContractExamples {

    /** The system property that makes {@link ContractExamplesTest} write examples before checking them. */
    static final String PROPERTY = "contracts.write-examples";

    private WriteContractExamples() {
    }

    public static void main(String[] args) throws IOException {
        write(Set.copyOf(Arrays.asList(args))).forEach(path -> System.out.println("wrote " + path));
    }

    /** Writes every missing example, and rewrites those of the types named in {@code rewrite}; returns the files. */
    static List<Path> write(Set<String> rewrite) throws IOException {
        Set<String> unknown = new LinkedHashSet<>(rewrite);
        List<Path> written = new ArrayList<>();
        Files.createDirectories(ContractExamples.directory());
        for (PublishedEvent sample : ContractSamples.all()) {
            String type = EventCatalog.contractOf(sample.getClass()).type();
            unknown.remove(type);
            Path file = ContractExamples.fileOf(sample.getClass());
            if (Files.notExists(file) || rewrite.contains(type)) {
                Files.writeString(file, ContractExamples.JSON.writeValueAsString(sample) + "\n");
                written.add(file);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No sample for " + unknown + " in ContractSamples");
        }
        return written;
    }

    /** The types named by the system property: none for {@code missing} (or {@code true}), else a comma list. */
    static Set<String> typesToRewrite(String property) {
        Set<String> types = new LinkedHashSet<>();
        for (String type : property.split(",")) {
            String trimmed = type.strip();
            if (!trimmed.isEmpty() && !trimmed.equals("missing") && !trimmed.equals("true")) {
                types.add(trimmed);
            }
        }
        return types;
    }
}
