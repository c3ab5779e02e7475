package fr.ipe.local.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a jar holds, as a digest of its entries' names, sizes and checksums (read from the central directory, not the
 * entries). A Maven package rewrites the executable jar on every build, even when nothing changed: its time says
 * nothing, its contents do.
 */
final class JarContents {

    private JarContents() {
    }

    static String of(Path jar) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().filter(entry -> !entry.isDirectory())
                    .forEach(entry -> entries.put(entry.getName(), describe(entry)));
        }
        MessageDigest digest = sha256();
        entries.forEach((name, description) -> digest.update(
                (name + ' ' + description + '\n').getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String describe(ZipEntry entry) {
        return entry.getSize() + " " + Long.toHexString(entry.getCrc());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
