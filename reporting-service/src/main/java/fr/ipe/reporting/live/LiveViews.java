package fr.ipe.reporting.live;

import fr.ipe.reporting.query.ViewGenerations;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events for any reporting view. A view is a name (e.g. {@code bilan/lyon/2007}) with a change sequence kept
 * in MongoDB ({@code live_sequences}); a projection calls {@link #changed} after it changed a fact the view derives
 * from, and every subscriber of the view receives the view's current state with the new sequence as the event id.
 * Each event carries the whole state, so a client that reconnects with {@code Last-Event-ID} misses nothing: if the view
 * changed since that id it gets the current state at once, otherwise the next change. Pushes run off the consumer
 * thread; changes in a burst are coalesced into one push of the latest state. A comment line every
 * {@code ipe.reporting.live.heartbeat} keeps proxies from closing an idle stream and drops clients that went away.
 */
@Component
public class LiveViews implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveViews.class);

    private final MongoCollection<Document> sequences;
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final ScheduledExecutorService pushes = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "live-views");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration timeout;
    private final MeterRegistry meters;

    public LiveViews(MongoDatabase database, MeterRegistry meters,
                     @Value("${ipe.reporting.live.timeout:PT30M}") Duration timeout,
                     @Value("${ipe.reporting.live.heartbeat:PT15S}") Duration heartbeat) {
        this.sequences = database.getCollection("live_sequences");
        this.meters = meters;
        this.timeout = timeout;
        meters.gauge("ipe.reporting.live.subscribers", channels, all -> all.values().stream()
                .mapToInt(c -> c.emitters.size()).sum());
        pushes.scheduleAtFixedRate(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The view's current change sequence (0 before its first change). */
    public long sequence(String view) {
        Document current = sequences.find(Filters.eq("_id", view)).first();
        return current == null ? 0 : current.get("sequence", Number.class).longValue();
    }

    /**
     * Records a change of {@code view} and pushes its new state to its subscribers; not while this thread writes a
     * generation being rebuilt or a snapshot, which nobody reads yet (the switch tells every view at once).
     */
    public void changed(String view) {
        if (ViewGenerations.isBuilding()) {
            return;
        }
        sequences.findOneAndUpdate(Filters.eq("_id", view), Updates.inc("sequence", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        Channel channel = channels.get(view);
        if (channel != null && channel.pending.compareAndSet(false, true)) {
            pushes.execute(() -> push(view, channel));
        }
    }

    /** Every view with subscribers changed (a rebuild switched generations): each gets the state it now reads. */
    public void changedAll() {
        List.copyOf(channels.keySet()).forEach(this::changed);
    }

    /**
     * Subscribes to {@code view}, whose state {@code state} computes; {@code event} names the SSE events. Sends the
     * current state at once unless {@code lastEventId} is the view's current sequence.
     */
    public SseEmitter subscribe(String view, String event, String lastEventId, Supplier<Object> state) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Channel channel = channels.computeIfAbsent(view, name -> new Channel(event, state));
        channel.emitters.add(emitter);
        Runnable remove = () -> channel.emitters.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(failure -> remove.run());
        long seen = parse(lastEventId);
        long current = sequence(view);
        if (seen < 0 || seen < current) {
            send(emitter, channel, current, state.get());
        } else {
            // nothing new: a comment opens the stream for the client and every proxy on the way
            sendComment(emitter, "up to date at " + current);
        }
        return emitter;
    }

    private void push(String view, Channel channel) {
        channel.pending.set(false);
        try {
            long sequence = sequence(view);
            Object state = channel.state.get();
            for (SseEmitter emitter : channel.emitters) {
                send(emitter, channel, sequence, state);
            }
        } catch (RuntimeException e) {
            log.warn("Could not push view {}; its subscribers get it with the next change", view, e);
        }
    }

    private void send(SseEmitter emitter, Channel channel, long sequence, Object state) {
        try {
            emitter.send(SseEmitter.event().id(Long.toString(sequence)).name(channel.event)
                    .data(state, MediaType.APPLICATION_JSON));
            meters.counter("ipe.reporting.live.pushes").increment();
        } catch (IOException | IllegalStateException e) {
            channel.emitters.remove(emitter);
        }
    }

    private void sendComment(SseEmitter emitter, String comment) {
        try {
            emitter.send(SseEmitter.event().comment(comment));
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }

    private void heartbeat() {
        channels.values().forEach(channel -> channel.emitters.forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("heartbeat"));
            } catch (IOException | IllegalStateException e) {
                channel.emitters.remove(emitter);
            }
        }));
    }

    private static long parse(String lastEventId) {
        if (lastEventId == null || !lastEventId.matches("[0-9]{1,18}")) {
            return -1;
        }
        return Long.parseLong(lastEventId);
    }

    @Override
    public void destroy() {
        pushes.shutdownNow();
        channels.values().forEach(channel -> channel.emitters.forEach(SseEmitter::complete));
    }

    /** The subscribers of one view and how to compute its state. */
    private static final class Channel {
        final String event;
        final Supplier<Object> state;
        final Set<SseEmitter> emitters = new CopyOnWriteArraySet<>();
        final AtomicBoolean pending = new AtomicBoolean();

        Channel(String event, Supplier<Object> state) {
            this.event = event;
            this.state = state;
        }
    }
}
