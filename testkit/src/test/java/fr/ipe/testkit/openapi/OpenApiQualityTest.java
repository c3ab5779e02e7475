package fr.ipe.testkit.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OpenApiQualityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PROBLEM = "{\"application/problem+json\":{\"schema\":{\"$ref\":\"#/components/schemas/Problem\"}}}";

    @Test
    void listsEveryDefectOfABadDocument() throws Exception {
        JsonNode bad = JSON.readTree("""
                {"openapi": "3.0.1",
                 "paths": {
                   "/api/things/{id}/signatures": {
                     "post": {
                       "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Signature"}}}},
                       "responses": {"200": {"description": "OK"},
                                     "400": {"description": "bad", "content": {"application/json": {}}}}
                     }
                   },
                   "/api/things": {
                     "get": {"summary": "Things", "description": "Any reader.", "x-roles": ["NATIONAL"],
                             "responses": {"200": {"description": "OK"}, "400": {"description": "bad", "content": %1$s},
                                           "401": {"description": "no", "content": %1$s},
                                           "403": {"description": "no", "content": %1$s}}}
                   }
                 },
                 "components": {"schemas": {
                   "Signature": {"type": "object", "required": ["party", "signedOn"],
                                 "properties": {"party": {"type": "string", "example": "MINISTRY"},
                                                "signedOn": {"type": "string", "format": "date"}}}
                 }}}
                """.formatted(PROBLEM));

        assertThat(OpenApiQuality.defects(bad)).containsExactlyInAnyOrder(
                "POST /api/things/{id}/signatures: no summary",
                "POST /api/things/{id}/signatures: no x-roles (the route states no @PreAuthorize rule, so it refuses everyone)",
                "POST /api/things/{id}/signatures: no description (what it does, who may call it, the rule it enforces)",
                "POST /api/things/{id}/signatures: request body application/json has no example",
                "POST /api/things/{id}/signatures: error response 400 is [application/json], not application/problem+json",
                "POST /api/things/{id}/signatures: error response 401 not documented (No bearer token, or one that does not validate)",
                "POST /api/things/{id}/signatures: error response 403 not documented (The caller's role, or académie, does not reach this resource)",
                "POST /api/things/{id}/signatures: error response 404 not documented (No such resource)",
                "POST /api/things/{id}/signatures: error response 409 not documented (The command conflicts with the resource's current state (e.g. already signed, not in force))",
                "POST /api/things/{id}/signatures: error response 412 not documented (If-Match names a version that is no longer the current one: read again, then retry)",
                "POST /api/things/{id}/signatures: error response 422 not documented (A business rule refuses the command; `rule` names it and `field` the offending input)");
        assertThatThrownBy(() -> OpenApiQuality.assertNoDefects(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("11 defect(s)");
    }

    @Test
    void acceptsExamplesOnTheMediaTypeTheSchemaOrEveryRequiredProperty() throws Exception {
        String errors = """
                "400": {"description": "x", "content": %1$s}, "401": {"description": "x", "content": %1$s},
                "403": {"description": "x", "content": %1$s}, "409": {"description": "x", "content": %1$s},
                "412": {"description": "x", "content": %1$s}, "422": {"description": "x", "content": %1$s}
                """.formatted(PROBLEM);
        JsonNode good = JSON.readTree("""
                {"paths": {
                   "/api/a": {"post": {"summary": "A", "description": "NATIONAL.", "x-roles": ["NATIONAL"],
                       "requestBody": {"content": {"application/json": {"schema": {"type": "object"},
                                                                       "example": {"x": 1}}}},
                       "responses": {"200": {"description": "OK"}, %1$s}}},
                   "/api/b": {"put": {"summary": "B", "description": "OPS.", "x-roles": ["OPS"],
                       "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/B"}}}},
                       "responses": {%1$s}}},
                   "/api/c": {"delete": {"summary": "C", "description": "OPS.", "x-roles": ["OPS"],
                       "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/C"}}}},
                       "responses": {%1$s}}},
                   "/actuator/health": {"get": {"summary": "Health", "description": "Anyone.", "responses": {}}}
                 },
                 "components": {"schemas": {
                   "B": {"type": "object", "example": {"today": "2008-03-01"}},
                   "C": {"type": "object", "required": ["today", "line"],
                         "properties": {"today": {"type": "string", "example": "2008-03-01"},
                                        "line": {"$ref": "#/components/schemas/B"}, "note": {"type": "string"}}}
                 }}}
                """.formatted(errors));

        assertThat(OpenApiQuality.defects(good)).isEmpty();
    }
}
