package fr.ipe.local.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.testkit.http.TokenClient;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ops command line ({@code bin/ipe-ops}): starts a rebuild of report views through the gateway and draws its progress
 * from the Server-Sent Events of the rebuild, or lists the rebuilds. Token: {@code IPE_TOKEN}, or a password grant of
 * {@code IPE_USER}/{@code IPE_PASSWORD} (default ops/demo, the local run's user) at {@code IPE_TOKEN_URL}.
 */
public final class OpsCli {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int BAR = 30;

    private final String gateway;
    private final String bearer;
    private final PrintStream out;

    OpsCli(String gateway, String bearer, PrintStream out) {
        this.gateway = gateway;
        this.bearer = bearer;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("rebuild", "rebuilds").contains(args[0])) {
            System.err.println("""
                    usage: bin/ipe-ops rebuild [VIEW ...] [--keep-previous]   rebuild views (all when none named), with a progress bar
                           bin/ipe-ops rebuilds                               the views and the rebuilds of reporting
                    environment: IPE_GATEWAY (http://localhost:8080), IPE_TOKEN, or IPE_USER / IPE_PASSWORD (ops / demo)
                                 with IPE_TOKEN_URL (the local Keycloak realm's token endpoint)""");
            System.exit(2);
        }
        String gateway = env("IPE_GATEWAY", "http://localhost:8080");
        String token = System.getenv("IPE_TOKEN");
        String bearer = "Bearer " + (token != null ? token : TokenClient.passwordGrant(
                env("IPE_TOKEN_URL", "http://127.0.0.1:8090/realms/ipe/protocol/openid-connect/token"),
                env("IPE_USER", "ops"), env("IPE_PASSWORD", "demo")));
        OpsCli cli = new OpsCli(gateway, bearer, System.out);
        int status = "rebuilds".equals(args[0]) ? cli.list() : cli.rebuild(List.of(args).subList(1, args.length));
        System.exit(status);
    }

    int list() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/reports/operations/rebuilds")).GET());
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(response.body())));
        return response.statusCode() == 200 ? 0 : 1;
    }

    int rebuild(List<String> args) throws Exception {
        List<String> views = new ArrayList<>(args);
        boolean keep = views.remove("--keep-previous");
        HttpResponse<String> started = send(HttpRequest.newBuilder(uri("/api/reports/operations/rebuilds"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("views", views, "keepPrevious", keep)))));
        JsonNode body = JSON.readTree(started.body());
        if (started.statusCode() != 202) {
            out.println("refused (" + started.statusCode() + "): " + body.path("detail").asText(started.body()));
            return 1;
        }
        String id = body.get("id").asText();
        out.println("rebuild " + id + " of " + body.get("views") + " into generations " + body.get("generations"));
        HttpResponse<Stream<String>> events = HTTP.send(HttpRequest.newBuilder(
                        uri("/api/reports/operations/rebuilds/" + id + "/progress"))
                .header("Authorization", bearer).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        JsonNode last = body;
        for (Iterator<String> lines = events.body().iterator(); lines.hasNext(); ) {
            String line = lines.next();
            if (line.startsWith("data:")) {
                last = JSON.readTree(line.substring(5));
                out.print("\r" + bar(last));
                out.flush();
            }
        }
        out.println();
        String state = last.path("state").asText();
        if (!"DONE".equals(state)) {
            out.println("rebuild " + state + ": " + last.path("error").asText(""));
            return 1;
        }
        out.println("switched to " + last.get("generations") + (keep ? "; previous generations kept: "
                + last.get("previousGenerations") + " (drop with DELETE /api/reports/operations/rebuilds/" + id
                + "/previous-generation)" : ""));
        return 0;
    }

    /** One line: bar, share read, events read, rate, lag and time left, state. */
    public static String bar(JsonNode progress) {
        long read = progress.path("eventsRead").asLong();
        long lag = progress.path("lag").asLong();
        String state = progress.path("state").asText();
        double share = "DONE".equals(state) ? 1 : read + lag == 0 ? 0 : (double) read / (read + lag);
        int filled = (int) Math.round(share * BAR);
        JsonNode left = progress.path("secondsLeft");
        return String.format(Locale.ROOT, "[%s%s] %3d%% %,d events  %,.0f events/s  lag %,d  %s  %-9s",
                "#".repeat(filled), ".".repeat(BAR - filled), Math.round(share * 100), read,
                progress.path("eventsPerSecond").asDouble(), lag,
                left.isNull() || left.isMissingNode() ? "ETA ?" : "ETA " + left.asLong() + " s", state);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("Authorization", bearer).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(gateway + path);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
