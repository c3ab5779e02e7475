package fr.ipe.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Documents the errors every operation can answer, so a front-end sees them in the API document: a {@code Problem}
 * schema (RFC 9457 plus our {@code rule}, {@code field} and {@code errors}) and, per operation, the error responses
 * our conventions give. An error response an operation declares itself is left as it is.
 */
public class ProblemResponses implements GlobalOpenApiCustomizer {

    public static final String PROBLEM_SCHEMA = "Problem";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            item.readOperationsMap().forEach((method, operation) -> document(path, method, operation));
        });
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        DocumentedErrors.of(path, method.name()).forEach((status, description) -> {
            if (!operation.getResponses().containsKey(status)) {
                operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                        .content(new Content().addMediaType(DocumentedErrors.PROBLEM_JSON, new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
            }
        });
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The offending input").example("title"))
                .addProperty("rule", new StringSchema().description("The rule it breaks").example("not-blank"))
                .addProperty("message", new StringSchema().example("must not be blank"));
        fieldError.setRequired(List.of("field", "rule", "message"));
        Schema<?> problem = new ObjectSchema()
                .description("An RFC 9457 problem: a stable `type` per rule, and the offending field")
                .addProperty("type", new StringSchema().format("uri").description("Identifies the rule broken")
                        .example(Problems.TYPE_BASE + "validation"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("title: must not be blank"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/conventions"))
                .addProperty("rule", new StringSchema().description("The rule's stable name, last segment of `type`")
                        .example("validation"))
                .addProperty("field", new StringSchema().description("The first offending field, when there is one")
                        .example("title"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("Every offending field with its rule"));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}
