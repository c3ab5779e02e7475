package fr.ipe.local.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Class data sharing for the services the local run starts: each executable jar is extracted once for what it holds
 * (Spring Boot's {@code tools} jar mode, a layout whose classes the JVM can archive), the first run of a service
 * records the classes it loaded into an archive ({@code -XX:ArchiveClassesAtExit}, written when it stops), and every
 * later start maps them already parsed and verified. Class loading was a fifth of a service's CPU at start
 * (profiled); a start with the archive takes roughly half the time. An archive that no longer fits (a new JDK, a jar
 * with other contents) is ignored by the JVM, which then starts as without one.
 */
final class ClassDataSharing {

    private static final Set<String> RECORDING = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger RECORDINGS = new AtomicInteger();

    /** How one service is launched: its JVM options and jar, and the archive it records, if it records one. */
    record Launch(List<String> arguments, Path recording, Path archive) {

        /** Once the process ended: a complete recording becomes the service's archive, anything else is dropped. */
        void finish(boolean stoppedCleanly) {
            if (recording == null) {
                return;
            }
            try {
                if (stoppedCleanly && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                    Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(recording);
                }
            } catch (IOException e) {
                // the next start records again
            } finally {
                RECORDING.remove(archive.toString());
            }
        }
    }

    private ClassDataSharing() {
    }

    /** The arguments after the JVM's own options: the archive options and {@code -jar} with the extracted jar. */
    static synchronized Launch launch(Path executableJar, String name) throws IOException {
        Path extracted = executableJar.resolveSibling("cds");
        Path jar = extracted.resolve(executableJar.getFileName());
        // extracted again only when the jar holds something else: a fresh extraction would date the archive
        Path extractedFrom = extracted.resolve(executableJar.getFileName() + ".contents");
        String contents = JarContents.of(executableJar);
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(extractedFrom)
                || !contents.equals(Files.readString(extractedFrom))) {
            Files.deleteIfExists(extractedFrom);
            if (!extract(executableJar, extracted)) {
                return new Launch(List.of("-jar", executableJar.toString()), null, null);
            }
            Files.writeString(extractedFrom, contents);
        }
        Launch options = archiving(extracted.resolve(name + ".jsa"), jar, name);
        List<String> arguments = new ArrayList<>(options.arguments());
        arguments.addAll(List.of("-jar", jar.toString()));
        return new Launch(arguments, options.recording(), options.archive());
    }

    /**
     * The JVM options that use {@code archive}, or record it if it is missing or older than {@code classpath} (the
     * jar whose classes it holds) and no other process of this run records it already.
     */
    static synchronized Launch archiving(Path archive, Path classpath, String name) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        Path recording = null;
        if (Files.isRegularFile(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(classpath)) >= 0) {
            arguments.add("-XX:SharedArchiveFile=" + archive);
        } else if (RECORDING.add(archive.toString())) {
            // one recording per archive at a time; written under its own name, moved into place once complete
            recording = archive.resolveSibling(name + ".jsa." + ProcessHandle.current().pid() + "-"
                    + RECORDINGS.incrementAndGet() + ".recording");
            arguments.add("-XX:ArchiveClassesAtExit=" + recording);
        }
        return new Launch(arguments, recording, archive);
    }

    /** Extracts the jar next to itself; false if the jar cannot be extracted (then it runs as it is). */
    private static boolean extract(Path executableJar, Path extracted) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process extraction = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", executableJar.toString(),
                "extract", "--destination", extracted.toString(), "--force")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return extraction.waitFor(120, TimeUnit.SECONDS) && extraction.exitValue() == 0;
        } catch (InterruptedException e) {
            extraction.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
