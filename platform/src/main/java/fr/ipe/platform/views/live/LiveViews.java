package fr.ipe.platform.views.live;

import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.views.ViewChangeListener;
import fr.ipe.platform.views.ViewEngine;
import fr.ipe.platform.views.ViewStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events for live views. A live view is a key of a view family ({@code bilan}: {@code lyon/2007}) whose
 * state one registered function reads from the view's current store; when the live totals of a key move, each
 * subscriber of that key receives the new state. Every event carries the whole state with the version of the totals
 * it was read from as its id (the generation in the high bits, so ids keep growing across a rebuild's switch): a
 * client that reconnects with {@code Last-Event-ID} gets the current state at once if it changed since, else the next.
 * <p>
 * Pushes of one key run one at a time, on the lane its key hashes to, and a subscriber never receives an id at or below
 * one it already has: pushes of a key never go backwards nor repeat. Changes in a burst are coalesced into one push of
 * the latest state. A comment line every {@code heartbeat} keeps proxies from closing an idle stream and drops clients
 * that went away.
 */
public class LiveViews implements ViewChangeListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveViews.class);
    private static final int LANES = 4;
    private static final int GENERATION_SHIFT = 40;

    private final ViewEngine engine;
    private final MeterRegistry meters;
    private final Duration timeout;
    private final Map<String, Family> families = new ConcurrentHashMap<>();
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final ExecutorService[] lanes = new ExecutorService[LANES];
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            daemon("live-views-heartbeat"));

    public LiveViews(ViewEngine engine, MeterRegistry meters, Duration timeout, Duration heartbeat) {
        this.engine = engine;
        this.meters = meters;
        this.timeout = timeout;
        for (int i = 0; i < LANES; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(daemon("live-views-" + i));
        }
        meters.gauge("ipe.views.live.subscribers", channels, all -> all.values().stream()
                .mapToInt(c -> c.subscribers.size()).sum());
        heartbeats.scheduleAtFixedRate(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Registers view {@code view}'s live keys: their SSE events are named {@code event}, their state is what
     * {@code state} reads for a key from the view's current store.
     */
    public void family(String view, String event, BiFunction<ViewStore, String, LiveState> state) {
        if (families.putIfAbsent(view, new Family(view, event, state)) != null) {
            throw new IllegalStateException("live view family " + view + " registered twice");
        }
    }

    /**
     * Subscribes to key {@code key} of {@code view}. The current state comes at once unless {@code lastEventId} is
     * its id already.
     * <p>
     * That first state is written on the request's thread, before the emitter is returned: Spring holds it and sends
     * it with the response's headers, so no other thread writes to the stream while the request is handed over to
     * asynchronous processing. The subscriber joins its channel only then, and a push of its key follows on the key's
     * lane in case it changed since the first read (it reaches only the subscribers behind).
     */
    public SseEmitter subscribe(String view, String key, String lastEventId) {
        Family family = families.get(view);
        if (family == null) {
            throw new IllegalArgumentException("no live view family " + view);
        }
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Channel channel = channels.computeIfAbsent(channelOf(view, key), name -> new Channel(family, key));
        Subscriber subscriber = new Subscriber(emitter, parse(lastEventId));
        Runnable remove = () -> channel.subscribers.remove(subscriber);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(failure -> remove.run());
        if (greet(channel, subscriber)) {
            channel.subscribers.add(subscriber);
            changed(view, key);
        }
        return emitter;
    }

    /** A refusal for a live stream of a past state: a snapshot never changes, it is read with GET. */
    public static RuleViolation snapshotsAreNotLive() {
        return RuleViolation.unprocessable("snapshot-not-live", "snapshot",
                "a snapshot never changes: read it with GET, without /live");
    }

    @Override
    public void changed(String view, String key) {
        Channel channel = channels.get(channelOf(view, key));
        if (channel != null && channel.pending.compareAndSet(false, true)) {
            laneOf(channel).execute(() -> push(channel));
        }
    }

    /** Every subscribed key changed (a rebuild switched generations): each gets the state it now reads. */
    public void changedAll() {
        List.copyOf(channels.values()).forEach(channel -> changed(channel.family.view, channel.key));
    }

    /** The subscriber's first write: its key's current state, or a comment; false if the write failed. */
    private boolean greet(Channel channel, Subscriber subscriber) {
        try {
            Read read = read(channel);
            if (read.id > subscriber.lastSent) {
                return send(channel, subscriber, read);
            }
            // nothing new: a comment opens the stream for the client and every proxy on the way
            return comment(channel, subscriber, "up to date at " + read.id);
        } catch (RuntimeException e) {
            log.warn("Could not read live view {}/{}; the subscriber gets it with the next change",
                    channel.family.view, channel.key, e);
            return comment(channel, subscriber, "waiting for the next change");
        }
    }

    private void push(Channel channel) {
        // cleared before the read: a change after this point schedules another push, never lost
        channel.pending.set(false);
        try {
            Read read = read(channel);
            for (Subscriber subscriber : channel.subscribers) {
                if (read.id > subscriber.lastSent) {
                    send(channel, subscriber, read);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not push live view {}/{}; its subscribers get it with the next change",
                    channel.family.view, channel.key, e);
        }
    }

    private Read read(Channel channel) {
        ViewStore store = engine.current(channel.family.view);
        LiveState state = channel.family.state.apply(store, channel.key);
        return new Read(((long) store.generation() << GENERATION_SHIFT) | state.version(), state.body());
    }

    private boolean send(Channel channel, Subscriber subscriber, Read read) {
        try {
            subscriber.emitter.send(SseEmitter.event().id(Long.toString(read.id)).name(channel.family.event)
                    .data(read.body, MediaType.APPLICATION_JSON));
            subscriber.lastSent = read.id;
            meters.counter("ipe.views.live.pushes").increment();
            return true;
        } catch (IOException | IllegalStateException e) {
            drop(channel, subscriber, e);
            return false;
        }
    }

    private static boolean comment(Channel channel, Subscriber subscriber, String comment) {
        try {
            subscriber.emitter.send(SseEmitter.event().comment(comment));
            return true;
        } catch (IOException | IllegalStateException e) {
            drop(channel, subscriber, e);
            return false;
        }
    }

    /**
     * A subscriber whose write failed leaves its channel. An I/O failure is the client gone, and so is a write to an
     * emitter already complete (no cause): the container ends those exchanges. Any other failure is logged: Spring's
     * emitter then ignores completion and the exchange stays open until its time-out.
     */
    private static void drop(Channel channel, Subscriber subscriber, Exception failure) {
        channel.subscribers.remove(subscriber);
        if (failure instanceof IOException || failure.getCause() == null) {
            log.debug("Live stream of {}/{} gone: {}", channel.family.view, channel.key, failure.toString());
        } else {
            log.warn("A write to a live stream of {}/{} failed; its exchange stays open until the emitter's time-out",
                    channel.family.view, channel.key, failure);
        }
    }

    private void heartbeat() {
        // channels stay once made (a key per académie and period): dropping one could race with a new subscriber
        channels.values().forEach(channel -> channel.subscribers.forEach(s -> comment(channel, s, "heartbeat")));
    }

    private ExecutorService laneOf(Channel channel) {
        return lanes[Math.floorMod(channelOf(channel.family.view, channel.key).hashCode(), LANES)];
    }

    private static String channelOf(String view, String key) {
        return view + "/" + key;
    }

    private static long parse(String lastEventId) {
        if (lastEventId == null || !lastEventId.matches("[0-9]{1,18}")) {
            return -1;
        }
        return Long.parseLong(lastEventId);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
        channels.values().forEach(channel -> channel.subscribers.forEach(s -> s.emitter.complete()));
    }

    private record Family(String view, String event, BiFunction<ViewStore, String, LiveState> state) {
    }

    private record Read(long id, Object body) {
    }

    /** The subscribers of one key of a family. */
    private static final class Channel {
        final Family family;
        final String key;
        final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
        final AtomicBoolean pending = new AtomicBoolean();

        Channel(Family family, String key) {
            this.family = family;
            this.key = key;
        }
    }

    /**
     * One stream, and the id of the last state it received (written by its first write on the request's thread, then
     * only on its channel's lane).
     */
    private static final class Subscriber {
        final SseEmitter emitter;
        volatile long lastSent;

        Subscriber(SseEmitter emitter, long lastSent) {
            this.emitter = emitter;
            this.lastSent = lastSent;
        }
    }
}
