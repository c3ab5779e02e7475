package fr.ipe.platform.views;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In the API document, a query that takes {@link ViewReads} has the {@code snapshot} query parameter (time travel),
 * and {@link ViewReads} itself is no parameter.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SpringDocUtils.class)
class ViewReadsDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ViewReads.class);
    }

    @Bean
    OperationCustomizer snapshotParameter() {
        return (operation, handler) -> {
            boolean reads = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> ViewReads.class.equals(parameter.getParameterType()));
            if (reads) {
                operation.addParametersItem(new Parameter().in("query").name(ViewReadsResolver.PARAMETER)
                        .required(false).schema(new StringSchema().maxLength(64))
                        .description("A snapshot's id (POST /api/reports/snapshots): read the view as it stood then. "
                                + "404 for an unknown snapshot or one without this view, 409 while it is built."));
            }
            return operation;
        };
    }
}
