package fr.ipe.platform.web;

import fr.ipe.platform.security.RouteRoles;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The error responses of every servlet service's API document, and the roles of each operation (only where springdoc
 * is on the class path).
 */
@AutoConfiguration(after = fr.ipe.platform.security.ServletSecurityConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOpenApiCustomizer")
public class OpenApiProblemsConfiguration {

    /** The extension of an operation that lists the roles that may call it. */
    public static final String ROLES_EXTENSION = "x-roles";

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    /**
     * Each operation lists, in {@value #ROLES_EXTENSION}, the roles its rule admits: a caller with none of them gets
     * 403 whatever it sends. Front-ends and the hostile-input test read it.
     */
    @Bean
    @ConditionalOnBean(RouteRoles.class)
    OperationCustomizer operationRoles(RouteRoles roles) {
        return (operation, route) -> {
            List<String> admitted = roles.admitted(route);
            if (!admitted.isEmpty()) {
                operation.addExtension(ROLES_EXTENSION, admitted);
            }
            return operation;
        };
    }
}
