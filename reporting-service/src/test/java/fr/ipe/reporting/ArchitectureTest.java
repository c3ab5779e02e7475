package fr.ipe.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.ipe.testkit.architecture.ServiceArchitectureTest;
import org.junit.jupiter.api.Test;

/**
 * The service's production classes keep the platform layout (see {@link ServiceArchitectureTest}); reporting is cut into
 * vertical slices (bilan, conventions, stagebank, funding, operations) over the platform's view engine, which import
 * nothing from each other, and no view is routed by thread.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.ipe.reporting", "fr.ipe.platform.views");

    ArchitectureTest() {
        super("fr.ipe.reporting");
    }

    @Test
    void theSlicesImportNothingFromEachOther() {
        slices().matching("fr.ipe.reporting.(*)..").should().notDependOnEachOther()
                .because("a view family is added or changed without touching the others").check(classes);
    }

    @Test
    void noViewIsRoutedByThread() {
        noClasses().that().resideInAnyPackage("fr.ipe.reporting..", "fr.ipe.platform.views..")
                .should().dependOnClassesThat().areAssignableTo(ThreadLocal.class)
                .because("a store is handed to whoever reads or writes a view: per-thread state outlived requests")
                .check(classes);
    }
}
