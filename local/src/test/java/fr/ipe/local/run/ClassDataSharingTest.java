package fr.ipe.local.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    @TempDir
    Path build;

    @Test
    void aJarRewrittenWithTheSameContentsHoldsTheSame() throws IOException {
        Path first = jar(build.resolve("first.jar"),
                Map.of("BOOT-INF/classes/A.class", "a", "META-INF/MANIFEST.MF", "m"),
                Instant.parse("2026-01-01T00:00:00Z"));
        Path again = jar(build.resolve("again.jar"),
                Map.of("META-INF/MANIFEST.MF", "m", "BOOT-INF/classes/A.class", "a"),
                Instant.parse("2026-06-01T00:00:00Z"));
        Path changed = jar(build.resolve("changed.jar"), Map.of("BOOT-INF/classes/A.class", "b",
                "META-INF/MANIFEST.MF", "m"), Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(JarContents.of(again)).isEqualTo(JarContents.of(first));
        assertThat(JarContents.of(changed)).isNotEqualTo(JarContents.of(first));
    }

    /** A Maven package rewrites the executable jar on every build: the archive recorded from the same classes holds. */
    @Test
    void aRebuiltJarWithTheSameContentsKeepsItsExtractionAndItsArchive() throws IOException {
        Map<String, String> classes = Map.of("BOOT-INF/classes/A.class", "a");
        Path executable = jar(build.resolve("svc-exec.jar"), classes, Instant.parse("2026-01-01T00:00:00Z"));
        Path extracted = Files.createDirectories(build.resolve("cds")).resolve("svc-exec.jar");
        Files.copy(executable, extracted);
        Files.writeString(build.resolve("cds/svc-exec.jar.contents"), JarContents.of(executable));
        Path archive = Files.writeString(build.resolve("cds/svc.jsa"), "classes");
        FileTime extractedAt = FileTime.from(Instant.now().minusSeconds(120));
        Files.setLastModifiedTime(extracted, extractedAt);
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(60)));

        jar(executable, classes, Instant.parse("2026-02-01T00:00:00Z"));
        ClassDataSharing.Launch launch = ClassDataSharing.launch(executable, "svc");

        assertThat(launch.arguments()).contains("-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString());
        assertThat(launch.recording()).isNull();
        assertThat(Files.getLastModifiedTime(extracted)).isEqualTo(extractedAt);
    }

    private static Path jar(Path path, Map<String, String> entries, Instant at) throws IOException {
        try (OutputStream file = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (var entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTime(at.toEpochMilli());
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return path;
    }
}
