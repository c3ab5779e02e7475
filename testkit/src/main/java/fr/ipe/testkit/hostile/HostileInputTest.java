package fr.ipe.testkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.testkit.security.TestTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hostile-input test every servlet service runs (extend it in a class annotated {@code @IpeServiceTest}): from
 * the running service's {@code /v3/api-docs}, every operation is sent requests built to break one input rule, with
 * the tokens of two roles the operation admits (its {@code x-roles}), plus requests that Tomcat and the filters refuse
 * before any controller (with NATIONAL's and OPS's tokens). It fails on any 5xx, any error that is not
 * {@code application/problem+json}, and any 2xx for a request built to be invalid. Then every role an operation does
 * not admit sends it a well-formed request and invalid ones, and must get 403 each time: authorization comes before
 * validation. The figures (requests tried, count per status) are logged and written to
 * {@code target/hostile-input.txt}.
 */
public abstract class HostileInputTest {

    private static final Logger log = LoggerFactory.getLogger(HostileInputTest.class);
    /** The roles whose tokens send a probe, in this order of preference among those its operation admits. */
    private static final List<String> ROLES = List.of("NATIONAL", "OPS", "ASSOCIATION", "RECTORAT", "FINANCE", "IPE");
    private static final int ROLES_PER_PROBE = 2;
    /** The académie of the scoped tokens (RECTORAT, IPE). */
    private static final String ACADEMIE = "lyon";

    @LocalServerPort
    int port;

    @Value("${spring.application.name}")
    String service;

    @Test
    void everyOperationRefusesHostileInputWithAProblemAndNeverAcceptsIt() throws IOException {
        RawHttp http = new RawHttp(port);
        JsonNode api = apiDocument(http);

        List<HostileRequests.Probe> probes = new ArrayList<>(new HostileRequests(api).probes());
        probes.addAll(transportProbes(api));
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (HostileRequests.Probe probe : probes) {
            for (String role : sendingRoles(probe)) {
                RawHttp.Answer answer = send(http, probe, role);
                sent++;
                statuses.merge(answer.status(), 1, Integer::sum);
                String failure = judge(probe, answer);
                if (failure != null && failures.size() < 200) {
                    failures.add(failure(role, probe, answer, failure));
                }
            }
        }
        String tomcatAlone = tomcatAlone(http);
        String figures = service + ": " + sent + " hostile requests over " + api.path("paths").size() + " paths ("
                + probes.size() + " probes, each with up to " + ROLES_PER_PROBE + " roles its operation admits); "
                + "statuses " + statuses + "; failures " + failures.size();
        log.info("Hostile input — {}", figures);
        log.info("Answered by Tomcat alone, not judged: {}", tomcatAlone);
        Files.writeString(Path.of("target", "hostile-input.txt"), figures + System.lineSeparator()
                + "answered by Tomcat alone (not judged): " + tomcatAlone + System.lineSeparator()
                + String.join(System.lineSeparator(), failures) + System.lineSeparator(), StandardCharsets.UTF_8);
        assertThat(failures).as(figures).isEmpty();
    }

    /**
     * Authorization before validation: a caller whose role an operation never admits learns nothing of it, so it gets
     * the same 403 problem for a well-formed request as for one whose body or parameters break the route's rules. An
     * operation that does not list its roles ({@code x-roles}) fails too.
     */
    @Test
    void aRoleAnOperationNeverAdmitsIsRefusedWith403WhateverItSends() throws IOException {
        RawHttp http = new RawHttp(port);
        JsonNode api = apiDocument(http);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (HostileRequests.Probe probe : new HostileRequests(api).refusals()) {
            if (probe.roles().isEmpty()) {
                failures.add(probe.operation() + ": lists no x-roles");
                continue;
            }
            for (String role : ROLES) {
                if (probe.roles().contains(role)) {
                    continue;
                }
                RawHttp.Answer answer = send(http, probe, role);
                sent++;
                if (answer.status() != 403 || !answer.contentType().startsWith("application/problem+json")
                        || !answer.body().contains("\"rule\":\"forbidden\"")) {
                    failures.add(failure(role, probe, answer, "expected a 403 forbidden problem (the operation is for "
                            + probe.roles() + ")"));
                }
            }
        }
        String figures = service + ": " + sent + " requests from roles the operations never admit; failures "
                + failures.size();
        log.info("Authorization before validation — {}", figures);
        assertThat(failures).as(figures).isEmpty();
    }

    private static JsonNode apiDocument(RawHttp http) throws IOException {
        RawHttp.Answer docs = http.send("GET", "/v3/api-docs", List.of("Accept: application/json"), null);
        assertThat(docs.status()).as("the service publishes its OpenAPI document").isEqualTo(200);
        return new ObjectMapper().readTree(docs.body());
    }

    /** The first roles the probe's operation admits; NATIONAL and OPS for a request no route reads. */
    private static List<String> sendingRoles(HostileRequests.Probe probe) {
        List<String> admitted = ROLES.stream().filter(probe.roles()::contains).limit(ROLES_PER_PROBE).toList();
        return admitted.isEmpty() ? ROLES.subList(0, ROLES_PER_PROBE) : admitted;
    }

    private static RawHttp.Answer send(RawHttp http, HostileRequests.Probe probe, String role) {
        TestTokens tokens = TestTokens.get();
        String token = role.equals("RECTORAT") || role.equals("IPE") ? tokens.token(role, ACADEMIE) : tokens.token(role);
        List<String> headers = new ArrayList<>(probe.headers());
        headers.add("Authorization: Bearer " + token);
        return http.send(probe.method(), probe.target(), headers, probe.body());
    }

    private static String failure(String role, HostileRequests.Probe probe, RawHttp.Answer answer, String why) {
        return role + " " + probe.method() + " " + RawHttp.abbreviate(probe.target()) + " [" + probe.case_() + "] → "
                + answer.status() + " " + answer.contentType() + " " + RawHttp.abbreviate(answer.body()) + ": " + why;
    }

    /**
     * Requests whose request line Tomcat cannot parse never reach a valve, a filter or a servlet: what Tomcat answers
     * is recorded for the report, not judged.
     */
    private static String tomcatAlone(RawHttp http) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        Map<String, String> requests = Map.of("bad character in target", "/api/a\u0001b",
                "space in target", "/api/a b", "not a target", "garbage");
        requests.forEach((name, target) -> {
            try {
                RawHttp.Answer answer = http.send("GET", target, List.of(), null);
                answers.put(name, answer.status() + " " + (answer.contentType().isEmpty() ? "(no body type)"
                        : answer.contentType()) + " " + answer.body().length() + " bytes");
            } catch (RuntimeException closed) {
                answers.put(name, "connection closed without an answer");
            }
        });
        return answers.toString();
    }

    private static String judge(HostileRequests.Probe probe, RawHttp.Answer answer) {
        if (answer.status() >= 500) {
            return "server error";
        }
        if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            return "an error that is not problem+json";
        }
        if (answer.status() >= 400 && !answer.body().contains("\"rule\"")) {
            return "a problem without its rule";
        }
        if (probe.invalid() && answer.status() < 300) {
            return "accepted a request that breaks a rule";
        }
        return null;
    }

    /** Refused before any controller: by Tomcat, the firewall, the filters or the dispatcher. */
    private static List<HostileRequests.Probe> transportProbes(JsonNode api) {
        List<HostileRequests.Probe> probes = new ArrayList<>();
        List<String> json = List.of("Accept: application/json");
        String anyGet = "/api/no-such-resource";
        String queried = null;
        boolean bounded = false;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) api.path("paths")::fields) {
            JsonNode get = path.getValue().get("get");
            if (get != null && !path.getKey().contains("{")) {
                anyGet = path.getKey();
                for (JsonNode parameter : get.path("parameters")) {
                    if ("query".equals(parameter.path("in").asText()) && queried == null) {
                        JsonNode schema = parameter.path("schema");
                        queried = path.getKey() + "?" + parameter.path("name").asText() + "=";
                        bounded = schema.has("maxLength") || schema.has("pattern") || schema.has("enum")
                                || schema.has("$ref") || "integer".equals(schema.path("type").asText());
                    }
                }
            }
        }
        probes.add(transport("unknown path", "GET", "/api/no-such-resource", json, null));
        probes.add(transport("unknown path under actuator", "GET", "/actuator/no-such-endpoint", json, null));
        probes.add(transport("header of 100 KB", "GET", anyGet, List.of("X-Big: " + "a".repeat(100_000)), null));
        probes.add(transport("10 000 headers", "GET", anyGet, java.util.stream.IntStream.range(0, 10_000)
                .mapToObj(i -> "X-H" + i + ": v").toList(), null));
        if (queried != null) {
            probes.add(new HostileRequests.Probe("transport", "query of 10 000 digits", "GET",
                    queried + "9".repeat(10_000), json, null, bounded, List.of()));
        }
        probes.add(transport("query of 20 000 chars", "GET", anyGet + "?x=" + "a".repeat(20_000), json, null));
        probes.add(transport("encoded percent in path", "GET", "/api/%25", json, null));
        probes.add(transport("encoded NUL in path", "GET", "/api/%00", json, null));
        probes.add(transport("bad escape in path", "GET", "/api/%zz", json, null));
        probes.add(transport("encoded slash in path", "GET", "/api/a%2Fb", json, null));
        probes.add(transport("dot segments", "GET", "/api/../../etc/passwd", json, null));
        probes.add(transport("encoded dot segments", "GET", "/api/%2e%2e/%2e%2e/etc", json, null));
        probes.add(transport("semicolon in path", "GET", "/api/a;jsessionid=1", json, null));
        probes.add(transport("backslash in path", "GET", "/api/a%5Cb", json, null));
        probes.add(transport("bad escape in query", "GET", anyGet + "?x=%zz", json, null));
        probes.add(transport("NUL in header", "GET", anyGet, List.of("X-Id: a\u0000b"), null));
        probes.add(transport("escape in header", "GET", anyGet, List.of("X-Id: a\u001bb"), null));
        // the three bytes of a lone surrogate (ED A0 80), each written as the ISO-8859-1 character of that byte
        probes.add(transport("lone surrogate bytes in header", "GET", anyGet, List.of("X-Id: a\u00ed\u00a0\u0080b"),
                null));
        probes.add(transport("lone surrogate bytes in query", "GET", anyGet + "?x=a%ED%A0%80b", json, null));
        probes.add(transport("invalid UTF-8 in path", "GET", anyGet + "/%FF", json, null));
        probes.add(transport("garbage accept", "GET", anyGet, List.of("Accept: garbage"), null));
        probes.add(transport("unacceptable accept", "GET", anyGet, List.of("Accept: image/png"), null));
        probes.add(transport("unknown method", "BREW", anyGet, json, null));
        probes.add(transport("TRACE", "TRACE", anyGet, json, null));
        probes.add(transport("method not allowed", "PATCH", anyGet, List.of("Content-Type: application/json"),
                "{}".getBytes(StandardCharsets.UTF_8)));
        probes.add(transport("body of 2 MB", "POST", anyGet, List.of("Content-Type: application/json"),
                ("{\"x\":\"" + "a".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8)));
        probes.add(transport("multipart without boundary", "POST", anyGet, List.of("Content-Type: multipart/form-data"),
                "--x\r\n".getBytes(StandardCharsets.UTF_8)));
        return probes;
    }

    private static HostileRequests.Probe transport(String case_, String method, String target, List<String> headers,
                                                   byte[] body) {
        return new HostileRequests.Probe("transport", case_, method, target, headers, body, true, List.of());
    }
}
