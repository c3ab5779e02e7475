package fr.ipe.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The conventions example of the repository's README, run as written: its curl commands' bodies are posted in order
 * to this service, so the README cannot drift from the API.
 */
@ConventionServiceIT
class ReadmeExampleIT {

    static final Path README = Path.of("..", "README.md");
    static final String SECTION = "## Calling the API";
    static final String GATEWAY = "http://localhost:8080";

    @LocalServerPort
    int port;

    @Test
    void theReadmesCurlExampleDraftsAndSignsTheNationalConvention() throws IOException {
        List<Curl> commands = conventionCommands(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(commands).as("the draft and a signature in the README's section " + SECTION)
                .extracting(Curl::path).hasSizeGreaterThanOrEqualTo(2).first().isEqualTo("/api/conventions");

        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String national = TestTokens.get().bearer(Roles.NATIONAL);
        String id = null;
        for (Curl curl : commands) {
            String path = id == null ? curl.path() : curl.path().replace("$ID", id);
            ApiClient.Response response = api.post(path, national, curl.body(), curl.headers().toArray(String[]::new));
            if (curl.path().equals("/api/conventions")) {
                assertThat(response.status()).as("draft " + response.text()).isEqualTo(201);
                id = response.body().get("conventionId").asText();
            } else {
                assertThat(response.status()).as(path + " " + response.text()).isEqualTo(200);
            }
        }
    }

    /** A curl command of the README: the gateway path it posts to, its body, and its headers but Authorization. */
    record Curl(String path, String body, List<String> headers) {
    }

    /** The POSTs with a body to /api/conventions in the bash blocks of the section "Calling the API". */
    static List<Curl> conventionCommands(String readme) {
        int start = readme.indexOf(SECTION);
        assertThat(start).as("README section " + SECTION).isNotNegative();
        int end = readme.indexOf("\n## ", start + SECTION.length());
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<Curl> curls = new ArrayList<>();
        String[] blocks = section.split("```bash\n");
        for (int b = 1; b < blocks.length; b++) {
            for (List<String> words : commands(blocks[b].substring(0, blocks[b].indexOf("```")))) {
                curl(words).ifPresent(curls::add);
            }
        }
        return curls;
    }

    private static Optional<Curl> curl(List<String> words) {
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            return Optional.empty();
        }
        String url = null;
        String body = null;
        boolean otherMethod = false;
        List<String> headers = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-d", "--data" -> body = words.get(++i);
                case "-X" -> otherMethod = !words.get(++i).equals("POST");
                case "-H" -> {
                    String header = words.get(++i);
                    int colon = header.indexOf(':');
                    if (!header.startsWith("Authorization")) {
                        headers.add(header.substring(0, colon).strip());
                        headers.add(header.substring(colon + 1).strip());
                    }
                }
                default -> {
                    if (word.startsWith("http")) {
                        url = word;
                    }
                }
            }
        }
        if (url == null || body == null || otherMethod || !url.startsWith(GATEWAY + "/api/conventions")) {
            return Optional.empty();
        }
        return Optional.of(new Curl(url.substring(GATEWAY.length()), body, headers));
    }

    /**
     * Splits shell text into commands of words, as bash would for what the README uses: single quotes (with the
     * {@code '\''} idiom), double quotes, backslash escapes and line continuations, comments.
     */
    static List<List<String>> commands(String shell) {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < shell.length(); i++) {
            char c = shell.charAt(i);
            if (c == '\\' && i + 1 < shell.length()) {
                char next = shell.charAt(++i);
                if (next != '\n') {
                    word = word == null ? new StringBuilder() : word;
                    word.append(next);
                }
            } else if (c == '\'') {
                int close = shell.indexOf('\'', i + 1);
                word = word == null ? new StringBuilder() : word;
                word.append(shell, i + 1, close);
                i = close;
            } else if (c == '"') {
                word = word == null ? new StringBuilder() : word;
                for (i++; shell.charAt(i) != '"'; i++) {
                    if (shell.charAt(i) == '\\' && "\"\\$`".indexOf(shell.charAt(i + 1)) >= 0) {
                        i++;
                    }
                    word.append(shell.charAt(i));
                }
            } else if (c == '#' && word == null) {
                i = shell.indexOf('\n', i) < 0 ? shell.length() - 1 : shell.indexOf('\n', i) - 1;
            } else if (c == ' ' || c == '\t' || c == '\n') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                if (c == '\n' && !words.isEmpty()) {
                    commands.add(words);
                    words = new ArrayList<>();
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        if (!words.isEmpty()) {
            commands.add(words);
        }
        return commands;
    }
}
