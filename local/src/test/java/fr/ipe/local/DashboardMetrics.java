package fr.ipe.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The metrics the operators' Grafana dashboards ({@code compose/grafana/dashboards}) query, read from their PromQL
 * expressions, and those a running service exposes on {@code /actuator/prometheus}: a dashboard that names a metric
 * no service exposes shows "No data" exactly when it is needed.
 */
final class DashboardMetrics {

    static final Path DASHBOARDS = Path.of("compose", "grafana", "dashboards");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "inf", "nan");

    private DashboardMetrics() {
    }

    /** Each metric name the dashboards under {@code root} query, with the dashboards and panels that query it. */
    static Map<String, Set<String>> queried(Path root) {
        Map<String, Set<String>> metrics = new TreeMap<>();
        try (Stream<Path> files = Files.list(root.resolve(DASHBOARDS))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode dashboard = JSON.readTree(file.toFile());
                for (JsonNode panel : dashboard.findValues("targets")) {
                    for (JsonNode target : panel) {
                        String where = file.getFileName() + ": " + target.path("expr").asText();
                        metricNames(target.path("expr").asText())
                                .forEach(name -> metrics.computeIfAbsent(name, n -> new TreeSet<>()).add(where));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return metrics;
    }

    /**
     * The metric names of a PromQL expression: its identifiers once label matchers, strings, ranges and groupings are
     * taken out, except functions and aggregations (followed by a parenthesis) and keywords.
     */
    static Set<String> metricNames(String promql) {
        String bare = promql.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String name = identifier.group();
            boolean call = bare.substring(identifier.end()).stripLeading().startsWith("(");
            if (!call && !KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    /** The metric names a service exposes on {@code /actuator/prometheus} (the text exposition format). */
    static Set<String> exposed(String serviceUrl) {
        HttpRequest scrape = HttpRequest.newBuilder(URI.create(serviceUrl + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = HTTP.send(scrape, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(serviceUrl + "/actuator/prometheus answered " + response.statusCode());
            }
            return names(response.body().lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Set<String> names(List<String> exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition) {
            Matcher name = IDENTIFIER.matcher(line);
            if (!line.startsWith("#") && name.lookingAt()) {
                names.add(name.group());
            }
        }
        return names;
    }
}
