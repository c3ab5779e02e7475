package fr.ipe.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void everyApiOperationGetsTheErrorsItCanAnswerButKeepsTheOnesItDeclares() {
        ApiResponse ownNotFound = new ApiResponse().description("No convention with this id")
                .content(new Content().addMediaType("application/problem+json", new MediaType()));
        Operation sign = operation();
        sign.getResponses().addApiResponse("404", ownNotFound);
        Operation list = operation();
        Operation clock = operation();
        Operation health = operation();
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/api/conventions/{conventionId}/signatures", new PathItem().post(sign))
                .addPathItem("/api/conventions", new PathItem().get(list))
                .addPathItem("/api/conventions/operations/business-clock", new PathItem().delete(clock))
                .addPathItem("/actuator/health", new PathItem().get(health)));

        new ProblemResponses().customise(api);

        assertThat(sign.getResponses()).containsOnlyKeys("200", "400", "401", "403", "404", "409", "412", "422");
        assertThat(sign.getResponses().get("404")).isSameAs(ownNotFound);
        assertThat(sign.getResponses().get("422").getContent()).containsOnlyKeys("application/problem+json");
        assertThat(sign.getResponses().get("422").getContent().get("application/problem+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(list.getResponses()).containsOnlyKeys("200", "400", "401", "403");
        assertThat(clock.getResponses()).containsOnlyKeys("200", "400", "401", "403", "409", "412", "422");
        assertThat(health.getResponses()).containsOnlyKeys("200");
        assertThat(api.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "rule", "field", "errors");
    }

    private static Operation operation() {
        return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
    }
}
