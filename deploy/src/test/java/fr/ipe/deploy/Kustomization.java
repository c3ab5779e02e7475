package fr.ipe.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a kustomization.yaml says, as far as these checks need: its resources (files, or directories of other
 * kustomizations, followed), its ConfigMap generators' literals, its images.
 */
record Kustomization(Path directory, JsonNode document) {

    static Kustomization at(Path directory) {
        return new Kustomization(directory, Repository.document(directory.resolve("kustomization.yaml")));
    }

    /** The resource entries as written, resolved against this directory. */
    List<Path> resourcePaths() {
        List<Path> paths = new ArrayList<>();
        document.path("resources").forEach(entry -> paths.add(directory.resolve(entry.asText()).normalize()));
        return paths;
    }

    /** Every manifest file this kustomization builds from, those of the kustomizations it includes first. */
    List<Path> manifestFiles() {
        List<Path> files = new ArrayList<>();
        for (Path resource : resourcePaths()) {
            if (Files.isDirectory(resource)) {
                files.addAll(at(resource).manifestFiles());
            } else {
                files.add(resource);
            }
        }
        return files;
    }

    /** Every Kubernetes object of the manifest files, with its file. */
    List<Manifest> manifests() {
        List<Manifest> manifests = new ArrayList<>();
        for (Path file : manifestFiles()) {
            Repository.documents(file).forEach(document -> manifests.add(new Manifest(file, document)));
        }
        return manifests;
    }

    /** The literals of each ConfigMap generator, by generator name ({@code key=value}). */
    Map<String, Map<String, String>> configMapLiterals() {
        Map<String, Map<String, String>> generators = new LinkedHashMap<>();
        for (JsonNode generator : document.path("configMapGenerator")) {
            Map<String, String> literals = new LinkedHashMap<>();
            generator.path("literals").forEach(literal -> {
                String[] pair = literal.asText().split("=", 2);
                literals.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
            generators.put(generator.path("name").asText(), literals);
        }
        return generators;
    }

    /** One Kubernetes object of a manifest file. */
    record Manifest(Path file, JsonNode object) {

        String kind() {
            return object.path("kind").asText();
        }

        String name() {
            return object.path("metadata").path("name").asText();
        }

        @Override
        public String toString() {
            return kind() + " " + name() + " (" + file.getFileName() + ")";
        }
    }
}
