package fr.ipe.action;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClasses;
import fr.ipe.testkit.architecture.ServiceArchitecture;
import fr.ipe.testkit.architecture.ServiceArchitectureTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The service's production classes keep the platform layout (see {@link ServiceArchitectureTest}) and its application
 * layer: controllers send no command, write no view and hold no transaction; projections throw no business rule.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    private static final ServiceArchitecture ARCHITECTURE = ServiceArchitecture.of("fr.ipe.action");

    ArchitectureTest() {
        super("fr.ipe.action");
    }

    @TestFactory
    Stream<DynamicTest> controllersAreHttpOnlyAndProjectionsDecideNothing() {
        JavaClasses classes = ARCHITECTURE.productionClasses();
        return ARCHITECTURE.applicationLayerRules().stream()
                .map(rule -> dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }
}
