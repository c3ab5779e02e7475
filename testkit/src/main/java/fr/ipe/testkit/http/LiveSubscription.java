package fr.ipe.testkit.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Server-Sent Events client of a live reporting view (e.g. {@code /api/reports/bilans/2007/live?academie=lyon}), as
 * a front-end's {@code EventSource} would be: reads the stream on its own thread and queues each event with the instant
 * it arrived. For the services' live-view tests, the system test and the live benchmark.
 */
public final class LiveSubscription implements AutoCloseable {

    /** One event: its id (the view's change sequence), name, JSON data, and when it arrived ({@link System#nanoTime}). */
    public record Event(String id, String name, JsonNode data, long receivedNanos) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration OPENING = Duration.ofSeconds(30);

    private final int status;
    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private LiveSubscription(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.body = response.body();
        if (status == 200) {
            Thread reader = new Thread(this::read, "live-subscription");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /**
     * Opens {@code url} with {@code bearer} ({@code Bearer ...}), resuming after {@code lastEventId} when not null.
     * A stream whose headers do not come within {@link #OPENING} fails ({@code HttpTimeoutException}) instead of
     * leaving its caller waiting without end; the time-out does not apply to the stream once open.
     */
    public static LiveSubscription open(String url, String bearer, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .header("Accept", "text/event-stream").timeout(OPENING);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new LiveSubscription(HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    public int status() {
        return status;
    }

    /** The next event within {@code timeout}, or null. */
    public Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Drops the events received so far. */
    public void clear() {
        events.clear();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(id, name, JSON.readTree(data.toString()), System.nanoTime()));
                    }
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        } catch (Exception e) {
            // the stream was closed
        }
    }

    @Override
    public void close() throws Exception {
        body.close();
    }
}
