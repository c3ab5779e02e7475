package fr.ipe.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service reads from its environment, from its {@code application.yml} and the platform's shared defaults: each
 * {@code ${VARIABLE:default}} placeholder, its HTTP port, and the variables a deployment must set — those whose
 * default points at this machine (an engine, the realm, another service on 127.0.0.1) and the database credentials.
 * The {@code ipe.*} properties its code and the platform's read with {@code @Value} count too, under the environment
 * name Spring's relaxed binding gives them ({@code ipe.kafka.replication-factor}: {@code IPE_KAFKA_REPLICATION_FACTOR}).
 */
record ServiceConfiguration(String service, int port, Map<String, String> variables, Set<String> required) {

    /** Read by the JVM or by Spring Boot's relaxed binding of a property the platform documents, not by a placeholder. */
    static final Set<String> STANDARD = Set.of(
            "JAVA_TOOL_OPTIONS",                  // the JVM's own options
            "MANAGEMENT_OTLP_TRACING_ENDPOINT");  // management.otlp.tracing.endpoint (platform-defaults.properties)

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    /** A default naming an engine, the realm or a service on this machine (not a pattern such as localhost:*). */
    private static final Pattern LOCAL_ADDRESS = Pattern.compile("(127\\.0\\.0\\.1|localhost):[0-9]+");
    private static final Pattern VALUE = Pattern.compile("@Value\\(\"\\$\\{(ipe\\.[a-z0-9.-]+)[:}]");
    private static final Pattern CREDENTIAL = Pattern.compile("^\\s*(username|password):");

    static ServiceConfiguration of(String service) {
        String yaml = Repository.text(Repository.ROOT.resolve(Path.of(service, "src", "main", "resources",
                "application.yml")));
        String defaults = Repository.text(Repository.ROOT.resolve(Path.of("platform", "src", "main", "resources",
                "platform-defaults.properties")));
        Map<String, String> variables = new LinkedHashMap<>();
        Set<String> required = new TreeSet<>();
        for (String line : (yaml + "\n" + defaults).lines().toList()) {
            Matcher placeholder = PLACEHOLDER.matcher(line);
            while (placeholder.find()) {
                String name = placeholder.group(1);
                String fallback = placeholder.group(2) == null ? "" : placeholder.group(2);
                variables.put(name, fallback);
                if (LOCAL_ADDRESS.matcher(fallback).find()
                        || CREDENTIAL.matcher(line).find()) {
                    required.add(name);
                }
            }
        }
        for (Path sources : List.of(Repository.ROOT.resolve(Path.of("platform", "src", "main", "java")),
                Repository.ROOT.resolve(Path.of(service, "src", "main", "java")))) {
            for (String property : valueProperties(sources)) {
                variables.putIfAbsent(property.toUpperCase().replace('.', '_').replace('-', '_'), "");
            }
        }
        String port = variables.get("PORT");
        if (port == null) {
            throw new IllegalStateException(service + "'s server.port is not ${PORT:<default>}");
        }
        return new ServiceConfiguration(service, Integer.parseInt(port), variables, required);
    }

    /** The {@code ipe.*} properties named in {@code @Value("${...}")} under {@code sources}. */
    private static Set<String> valueProperties(Path sources) {
        Set<String> properties = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher value = VALUE.matcher(Repository.text(file));
                while (value.find()) {
                    properties.add(value.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Whether the service reads {@code variable} at all. */
    boolean reads(String variable) {
        return variables.containsKey(variable) || STANDARD.contains(variable);
    }
}
