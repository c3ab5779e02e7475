package fr.ipe.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an event means, in the words of its record's Javadoc, read from the contracts' sources so that the catalogue
 * says what the code says: the comment just before {@code @EventContract}, as plain text.
 */
final class EventDescriptions {

    private static final Pattern JAVADOC_BEFORE_CONTRACT = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*@EventContract",
            Pattern.DOTALL);
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link|linkplain|literal) ([^}]*)}");

    private final Path sources;

    EventDescriptions(Path module) {
        this.sources = module.resolve(Path.of("src", "main", "java"));
    }

    Optional<String> of(Class<?> event) {
        Path file = sources.resolve(event.getName().replace('.', '/') + ".java");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Matcher javadoc = JAVADOC_BEFORE_CONTRACT.matcher(Files.readString(file));
            return javadoc.find() ? Optional.of(plain(javadoc.group(1))) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String plain(String javadoc) {
        String text = javadoc.lines().map(line -> line.strip().replaceFirst("^\\*\\s?", ""))
                .reduce((a, b) -> a + " " + b).orElse("").strip();
        text = INLINE_TAG.matcher(text).replaceAll(tag -> Matcher.quoteReplacement(tag.group(1)));
        return text.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }
}
