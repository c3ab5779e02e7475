package fr.ipe.testkit.architecture;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks a service's production classes against every {@link ServiceArchitecture} rule, one test per rule.
 * A service extends it once: {@code class ArchitectureTest extends ServiceArchitectureTest { ArchitectureTest() {
 * super("fr.ipe.mission"); } }}.
 */
public abstract class ServiceArchitectureTest {

    private final ServiceArchitecture architecture;

    protected ServiceArchitectureTest(String basePackage) {
        this.architecture = ServiceArchitecture.of(basePackage);
    }

    @TestFactory
    public Stream<DynamicTest> productionClassesKeepTheServiceLayout() {
        JavaClasses classes = architecture.productionClasses();
        return architecture.rules().stream()
                .map(rule -> dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }
}
