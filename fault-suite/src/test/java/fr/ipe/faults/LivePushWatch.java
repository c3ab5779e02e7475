package fr.ipe.faults;

import fr.ipe.testkit.http.LiveSubscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Live bilan streams held open on each reporting instance during the scale scenario. Each stream keeps the last state
 * it received; a stream whose instance was killed reconnects to a surviving one with its {@code Last-Event-ID}, as a
 * browser's EventSource does. At the end, every stream must show what the view holds: no change lost across instances.
 */
final class LivePushWatch implements AutoCloseable {

    /** One stream: where it listens, how many pushes it received and the count of actions the last one carried. */
    static final class Stream {
        final String name;
        volatile LiveSubscription subscription;
        volatile String lastId;
        volatile long lastCount = -1;
        volatile int pushes;
        volatile String listensTo;

        Stream(String name) {
            this.name = name;
        }
    }

    private final String path;
    private final Supplier<String> bearer;
    private final Map<String, Stream> streams = new ConcurrentHashMap<>();
    private final List<Thread> readers = new ArrayList<>();
    private volatile boolean open = true;

    /** {@code path}: the live view's path, e.g. {@code /api/reports/bilans/2009/live?academie=lyon}. */
    LivePushWatch(String path, Supplier<String> bearer) {
        this.path = path;
        this.bearer = bearer;
    }

    /** Opens stream {@code name} on the reporting instance at {@code baseUrl}. */
    void open(String name, String baseUrl) throws Exception {
        Stream stream = new Stream(name);
        connect(stream, baseUrl);
        streams.put(name, stream);
        Thread reader = new Thread(() -> read(stream), "live-watch-" + name);
        reader.setDaemon(true);
        reader.start();
        readers.add(reader);
    }

    /** Stream {@code name} reconnects to {@code baseUrl}, resuming after the last event it received. */
    void moveTo(String name, String baseUrl) throws Exception {
        Stream stream = streams.get(name);
        LiveSubscription old = stream.subscription;
        connect(stream, baseUrl);
        old.close();
    }

    /** Waits until every stream's last push carries {@code count} actions; answers whether they all did. */
    boolean awaitAll(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (streams.values().stream().allMatch(s -> s.lastCount == count)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    List<Stream> streams() {
        return List.copyOf(streams.values());
    }

    private void connect(Stream stream, String baseUrl) throws Exception {
        LiveSubscription subscription = LiveSubscription.open(baseUrl + path, "Bearer " + bearer.get(), stream.lastId);
        if (subscription.status() != 200) {
            throw new IllegalStateException("live stream " + stream.name + " answered " + subscription.status());
        }
        stream.subscription = subscription;
        stream.listensTo = baseUrl;
    }

    private void read(Stream stream) {
        while (open) {
            try {
                LiveSubscription.Event event = stream.subscription.next(Duration.ofMillis(200));
                if (event != null && event.data() != null && event.data().has("actions")) {
                    stream.lastId = event.id();
                    stream.lastCount = event.data().get("actions").asLong();
                    stream.pushes++;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws Exception {
        open = false;
        for (Stream stream : streams.values()) {
            stream.subscription.close();
        }
    }
}
