package fr.ipe.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule catches the fixture built to break it, and passes a service that keeps the layout. */
class ServiceArchitectureRulesTest {

    private static final String FIXTURE = "fr.ipe.testkit.architecture.fixture";
    private static final String TIDY = FIXTURE + ".tidy";
    private static final String LEAKY = FIXTURE + ".leaky";
    private static final String EMPTY = FIXTURE + ".empty";

    private final ServiceArchitecture leaky = ServiceArchitecture.of(LEAKY, List.of(TIDY, EMPTY));
    private final JavaClasses leakyClasses = new ClassFileImporter().importPackages(LEAKY);

    @Test
    void aServiceThatKeepsTheLayoutBreaksNoRule() {
        JavaClasses tidyClasses = new ClassFileImporter().importPackages(TIDY);

        ServiceArchitecture tidy = ServiceArchitecture.of(TIDY, List.of(LEAKY, EMPTY));
        for (ArchRule rule : concat(tidy.rules(), tidy.applicationLayerRules())) {
            assertThat(rule.evaluate(tidyClasses).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    @Test
    void aSkeletonServiceWithoutDomainOrQueryPackagePasses() {
        JavaClasses skeleton = new ClassFileImporter().importPackages(EMPTY);

        ServiceArchitecture empty = ServiceArchitecture.of(EMPTY, List.of(TIDY, LEAKY));
        for (ArchRule rule : concat(empty.rules(), empty.applicationLayerRules())) {
            rule.check(skeleton);
        }
    }

    @Test
    void theDomainMayUseNoSpringWebKafkaJdbcOrMongoClass() {
        assertThat(violations(leaky.domainUsesNoInfrastructure()))
                .anySatisfy(line -> assertThat(line).contains("SpringManagedPolicy").contains("org.springframework"))
                .anySatisfy(line -> assertThat(line).contains("ServletAwareRule").contains("jakarta.servlet"))
                .anySatisfy(line -> assertThat(line).contains("KafkaSendingAggregate").contains("org.apache.kafka"))
                .anySatisfy(line -> assertThat(line).contains("JdbcBackedLedger").contains("java.sql"))
                .anySatisfy(line -> assertThat(line).contains("MongoBackedLedger").contains("org.bson"))
                .noneSatisfy(line -> assertThat(line).contains("RequestReadingPolicy"));
    }

    @Test
    void theDomainMayNotLeanOnItsOwnServicesAdapters() {
        assertThat(violations(leaky.domainIsPlainJava()))
                .anySatisfy(line -> assertThat(line).contains("RequestReadingPolicy").contains(LEAKY + ".api"));
    }

    @Test
    void aServiceMayUseNoClassOfAnotherService() {
        assertThat(violations(leaky.keepsOutOfOtherServices()))
                .anySatisfy(line -> assertThat(line).contains("CrossServiceController").contains(TIDY + ".domain.Ledger"))
                .allSatisfy(line -> assertThat(line).doesNotContain("fr.ipe.contracts"));
    }

    @Test
    void theQuerySideMayNotDependOnTheApi() {
        assertThat(violations(leaky.queryDoesNotDependOnApi()))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("ReportView").contains(LEAKY + ".api.ReportRequest"));
    }

    @Test
    void aControllerSendsNoCommandItselfAndHoldsNoTransaction() {
        assertThat(violations(leaky.apiSendsNoCommand()))
                .anySatisfy(line -> assertThat(line).contains("CommandSendingController").contains("CommandGateway"))
                .noneSatisfy(line -> assertThat(line).contains("ViewWritingController"));
        assertThat(violations(leaky.apiHoldsNoTransaction()))
                .anySatisfy(line -> assertThat(line).contains("ViewWritingController").contains("Transactional"));
        assertThat(violations(leaky.apiMethodsHoldNoTransaction()))
                .anySatisfy(line -> assertThat(line).contains("CommandSendingController.sign"));
    }

    @Test
    void aControllerReadsViewsButWritesNone() {
        assertThat(violations(leaky.apiWritesNoView()))
                .anySatisfy(line -> assertThat(line).contains("ViewWritingController").contains("ReportViews.save"))
                .noneSatisfy(line -> assertThat(line).contains("ReportViews.find"));
    }

    @Test
    void aProjectionThrowsNoBusinessRule() {
        assertThat(violations(leaky.queryThrowsNoRule()))
                .anySatisfy(line -> assertThat(line).contains("ReportViews").contains("RuleViolation"))
                .noneSatisfy(line -> assertThat(line).contains("ReportView."));
    }

    @Test
    void eachServiceKeepsOutOfEveryOtherOne() {
        assertThat(ServiceArchitecture.of("fr.ipe.mission").otherServices()).containsExactlyInAnyOrder(
                "fr.ipe.convention", "fr.ipe.action", "fr.ipe.stagebank", "fr.ipe.reporting", "fr.ipe.gateway");
        assertThatThrownBy(() -> ServiceArchitecture.of("fr.ipe.missions"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void productionClassesLeaveTestsOutAndRefuseAnEmptyImport() {
        // the fixtures are test classes: a service made only of them has no production class to check
        assertThatThrownBy(() -> ServiceArchitecture.of(TIDY, List.of()).productionClasses())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(TIDY);
    }

    private static List<ArchRule> concat(List<ArchRule> first, List<ArchRule> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(leakyClasses);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return result.getFailureReport().getDetails();
    }
}
