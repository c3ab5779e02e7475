package fr.ipe.local.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a process stopped while starting, read from the end of its log: the root causes of its last exception, so a
 * failure is named where it is reported (a CI's output keeps no log files).
 */
final class StartFailure {

    private static final int READ_BYTES = 256 * 1024;
    private static final int CAUSES = 3;
    private static final int LINE_CHARACTERS = 400;

    private StartFailure() {
    }

    /** "{@code what} stopped with exit code n; see log", then the log's last causes, if it names any. */
    static String describe(String what, int exitCode, Path log) {
        StringBuilder message = new StringBuilder(what).append(" stopped with exit code ").append(exitCode)
                .append("; see ").append(log);
        List<String> causes = lastCauses(log);
        if (!causes.isEmpty()) {
            message.append("; its log ends with:");
            causes.forEach(cause -> message.append("\n  ").append(cause));
        }
        return message.toString();
    }

    private static List<String> lastCauses(Path log) {
        List<String> lines;
        try {
            lines = tail(log).lines().toList();
        } catch (IOException unreadable) {
            return List.of();
        }
        List<String> causes = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && causes.size() < CAUSES; i--) {
            String line = lines.get(i);
            if (line.startsWith("Caused by:") || line.contains(" ERROR ")) {
                causes.add(0, line.length() > LINE_CHARACTERS ? line.substring(0, LINE_CHARACTERS) + "…" : line);
            }
        }
        return causes;
    }

    private static String tail(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return "";
        }
        try (var file = Files.newByteChannel(log)) {
            long start = Math.max(0, file.size() - READ_BYTES);
            file.position(start);
            ByteBuffer buffer = ByteBuffer.allocate((int) (file.size() - start));
            while (buffer.hasRemaining() && file.read(buffer) > 0) {
                // read to the end
            }
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        }
    }
}
