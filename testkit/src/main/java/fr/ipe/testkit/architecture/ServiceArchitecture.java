package fr.ipe.testkit.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Collection;
import java.util.List;

/**
 * The layout every service keeps, {@code fr/ipe/<context>/{domain,api,query,config}}, as ArchUnit rules:
 * the domain is plain Java (plus Axon annotations, the contracts and {@code fr.ipe.platform.domain}), no service reaches
 * into another one (they meet through {@code fr.ipe.contracts} events and {@code fr.ipe.platform}), and the read side
 * does not depend on the web layer. Every rule allows an empty selection, so a skeleton service with no domain or
 * query package yet passes; {@link #productionClasses()} refuses an empty import instead, so a wrong base package
 * cannot make the rules pass vacuously. A service with an application layer ({@code application/}, its use cases)
 * also keeps {@link #applicationLayerRules()}: its controllers are HTTP only and its projections decide nothing.
 */
public final class ServiceArchitecture {

    /** The base package of every service; each one is out of bounds for the others. */
    public static final List<String> SERVICES = List.of(
            "fr.ipe.convention", "fr.ipe.mission", "fr.ipe.action", "fr.ipe.stagebank", "fr.ipe.reporting",
            "fr.ipe.gateway");

    /** Web, Kafka, JDBC and Mongo classes, and Spring as a whole: none of them belongs in a domain package. */
    static final List<String> INFRASTRUCTURE = List.of(
            "org.springframework..",
            "jakarta.servlet..", "javax.servlet..", "reactor.netty..", "io.netty..",
            "org.apache.kafka..",
            "java.sql..", "javax.sql..", "org.postgresql..",
            "com.mongodb..", "org.bson..",
            "org.axonframework.extensions..");

    /** What sends a command: none of it belongs in a controller. */
    static final List<String> COMMAND_SENDERS = List.of(
            "org.axonframework.commandhandling.gateway.CommandGateway", "org.axonframework.commandhandling.CommandBus");

    /** The transaction annotations, Spring's and Jakarta's. */
    static final List<String> TRANSACTIONAL = List.of(
            "org.springframework.transaction.annotation.Transactional", "jakarta.transaction.Transactional");

    /** The platform's business rule, which a projection never throws. */
    static final String RULE_VIOLATION = "fr.ipe.platform.domain.RuleViolation";

    private final String basePackage;
    private final List<String> otherServices;

    private ServiceArchitecture(String basePackage, Collection<String> otherServices) {
        this.basePackage = basePackage;
        this.otherServices = List.copyOf(otherServices);
    }

    /** The rules for one of the {@link #SERVICES}, e.g. {@code fr.ipe.convention}. */
    public static ServiceArchitecture of(String basePackage) {
        if (!SERVICES.contains(basePackage)) {
            throw new IllegalArgumentException(basePackage + " is not a service base package; known: " + SERVICES);
        }
        return new ServiceArchitecture(basePackage,
                SERVICES.stream().filter(service -> !service.equals(basePackage)).toList());
    }

    /** The rules for a service at {@code basePackage} that must keep out of {@code otherServices} (fixtures). */
    public static ServiceArchitecture of(String basePackage, Collection<String> otherServices) {
        return new ServiceArchitecture(basePackage, otherServices);
    }

    public String basePackage() {
        return basePackage;
    }

    public List<String> otherServices() {
        return otherServices;
    }

    /** The service's own compiled classes, without its tests; fails when there are none. */
    public JavaClasses productionClasses() {
        JavaClasses imported = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        if (imported.stream().noneMatch(javaClass -> javaClass.getPackageName().startsWith(basePackage))) {
            throw new IllegalStateException("No production class found in " + basePackage + " on the classpath");
        }
        return imported;
    }

    public List<ArchRule> rules() {
        return List.of(domainUsesNoInfrastructure(), domainIsPlainJava(), keepsOutOfOtherServices(),
                queryDoesNotDependOnApi());
    }

    /** No Spring, web, Kafka, JDBC or Mongo class in the domain. */
    public ArchRule domainUsesNoInfrastructure() {
        return noClasses().that().resideInAPackage(domain())
                .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE.toArray(String[]::new))
                .as("the domain of " + basePackage + " uses no Spring, web, Kafka, JDBC or Mongo class")
                .because("the domain is plain Java that the adapters (api, query, config) plug into")
                .allowEmptyShould(true);
    }

    /** The domain sees only the JDK, Axon, the published language, the platform's domain types and itself. */
    public ArchRule domainIsPlainJava() {
        return classes().that().resideInAPackage(domain())
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "org.axonframework..", "fr.ipe.contracts..", "fr.ipe.platform.domain..", domain())
                .as("the domain of " + basePackage
                        + " depends only on Java, Axon, fr.ipe.contracts, fr.ipe.platform.domain and itself")
                .because("the domain must not lean on the service's own adapters (api, query, config) either")
                .allowEmptyShould(true);
    }

    /** Services meet through contracts (events) and the platform, never through each other's classes. */
    public ArchRule keepsOutOfOtherServices() {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        otherServices.stream().map(service -> service + "..").toArray(String[]::new))
                .as(basePackage + " uses no class of another service " + otherServices)
                .because("services share only fr.ipe.contracts and fr.ipe.platform")
                .allowEmptyShould(true);
    }

    /** The read side answers the web layer, it never calls back into it. */
    public ArchRule queryDoesNotDependOnApi() {
        return noClasses().that().resideInAPackage(basePackage + ".query..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".api..")
                .as(basePackage + ".query does not depend on " + basePackage + ".api")
                .because("views and projections serve the api, not the other way round")
                .allowEmptyShould(true);
    }

    /**
     * The rules of a service with an application layer ({@code application/}: its use cases): controllers are HTTP
     * only, and projections record without deciding. Not in {@link #rules()} until every write service has that layer.
     */
    public List<ArchRule> applicationLayerRules() {
        return List.of(apiSendsNoCommand(), apiWritesNoView(), apiHoldsNoTransaction(), apiMethodsHoldNoTransaction(),
                queryThrowsNoRule());
    }

    /** A controller calls a use case, which sends the commands. */
    public ArchRule apiSendsNoCommand() {
        return noClasses().that().resideInAPackage(api())
                .should().dependOnClassesThat(assignableToAny(COMMAND_SENDERS))
                .as(basePackage + ".api sends no command (no CommandGateway, no CommandBus)")
                .because("a controller parses, authorizes, calls one use case and answers; the use case sends")
                .allowEmptyShould(true);
    }

    /**
     * A controller may read a view (a list, a page), never write one: no call of a method of the query side that
     * returns nothing or saves, inserts, updates or deletes, and no JDBC or Mongo template of its own.
     */
    public ArchRule apiWritesNoView() {
        return noClasses().that().resideInAPackage(api())
                .should().callMethodWhere(writesTheQuerySide())
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..",
                        "org.springframework.data.mongodb.core..", "com.mongodb.client..")
                .as(basePackage + ".api writes through no repository of " + basePackage + ".query")
                .because("views are written by their projections and read by the api; writes go through use cases")
                .allowEmptyShould(true);
    }

    /** Transactions are held by use cases, never by a controller. */
    public ArchRule apiHoldsNoTransaction() {
        return noClasses().that().resideInAPackage(api())
                .should().beAnnotatedWith(TRANSACTIONAL.get(0)).orShould().beAnnotatedWith(TRANSACTIONAL.get(1))
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.transaction..",
                        "jakarta.transaction..")
                .as(basePackage + ".api holds no transaction (no @Transactional, no TransactionTemplate)")
                .because("the use case holds the transaction its cross-aggregate rule needs")
                .allowEmptyShould(true);
    }

    /** No controller method is {@code @Transactional} either. */
    public ArchRule apiMethodsHoldNoTransaction() {
        return noMethods().that().areDeclaredInClassesThat().resideInAPackage(api())
                .should().beAnnotatedWith(TRANSACTIONAL.get(0)).orShould().beAnnotatedWith(TRANSACTIONAL.get(1))
                .as("no method of " + basePackage + ".api is @Transactional")
                .because("the use case holds the transaction its cross-aggregate rule needs")
                .allowEmptyShould(true);
    }

    /** A projection records what happened; a rule that needs a view lives in a use case or an aggregate. */
    public ArchRule queryThrowsNoRule() {
        return noClasses().that().resideInAPackage(basePackage + ".query..")
                .should().dependOnClassesThat().haveFullyQualifiedName(RULE_VIOLATION)
                .as(basePackage + ".query throws no business rule (RuleViolation)")
                .because("an event already happened: its projection records it, the rule was decided before")
                .allowEmptyShould(true);
    }

    private DescribedPredicate<JavaMethodCall> writesTheQuerySide() {
        String query = basePackage + ".query";
        return DescribedPredicate.describe("a method of " + query + " that writes", call -> {
            String owner = call.getTargetOwner().getPackageName();
            String name = call.getName();
            return (owner.equals(query) || owner.startsWith(query + "."))
                    && (call.getTarget().getRawReturnType().getName().equals("void")
                    || name.matches("(save|insert|update|delete|remove)([A-Z].*)?"));
        });
    }

    private static DescribedPredicate<JavaClass> assignableToAny(List<String> names) {
        DescribedPredicate<JavaClass> any = assignableTo(names.get(0));
        for (String name : names.subList(1, names.size())) {
            any = any.or(assignableTo(name));
        }
        return any.as("assignable to any of " + names);
    }

    private String api() {
        return basePackage + ".api..";
    }

    private String domain() {
        return basePackage + ".domain..";
    }
}
