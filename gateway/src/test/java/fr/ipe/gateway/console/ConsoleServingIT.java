package fr.ipe.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.testkit.spring.IpeWebTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The gateway serves the console to anyone (its page, scripts, styles, libraries and config.json) under a strict
 * content security policy, while the API behind it still wants a token.
 */
@IpeWebTest
@TestPropertySource(properties = "ipe.console.keycloak-url=http://localhost:18090")
class ConsoleServingIT {

    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePageItsFilesAndItsLibrariesArePublicUnderAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/console/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"fr\">", "/console/js/app.js");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'", "connect-src 'self' http://localhost:18090",
                "frame-ancestors 'none'").doesNotContain("unsafe-eval");

        for (String file : List.of("/console/js/app.js", "/console/js/pages/bilan.js", "/console/css/console.css",
                "/webjars/keycloak-js/dist/keycloak.min.js", "/webjars/echarts/dist/echarts.min.js",
                "/webjars/echarts/i18n/langFR.js", "/webjars/lit-html/lit-html.js")) {
            HttpResponse<String> answer = get(file);
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
            assertThat(answer.body()).as(file).isNotBlank();
        }
        assertThat(get("/console/js/app.js").headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void theConfigurationNamesKeycloakAsTheBrowserReachesItTheRealmAndTheClient() throws Exception {
        HttpResponse<String> config = get("/console/config.json");
        assertThat(config.statusCode()).isEqualTo(200);
        var json = new ObjectMapper().readTree(config.body());
        assertThat(json.get("keycloakUrl").asText()).isEqualTo("http://localhost:18090");
        assertThat(json.get("realm").asText()).isEqualTo("ipe");
        assertThat(json.get("clientId").asText()).isEqualTo("ipe-web");
    }

    @Test
    void theRootLeadsToTheConsoleAndTheApiStillWantsAToken() throws Exception {
        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).contains("/console/");
        assertThat(get("/console").statusCode()).isEqualTo(302);

        HttpResponse<String> api = get("/api/actions");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/console/js/missing.js").statusCode()).isEqualTo(404);
    }
}
