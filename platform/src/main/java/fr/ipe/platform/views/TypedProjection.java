package fr.ipe.platform.views;

import fr.ipe.contracts.PublishedEvent;
import fr.ipe.platform.kafka.ReceivedEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A projection that names the events it follows, one handler per event type (or per sealed family of events),
 * registered in its constructor with {@link #on}; an event of any other type is ignored.
 */
public abstract class TypedProjection implements ViewProjection {

    private final Map<Class<?>, Handler<?>> handlers = new LinkedHashMap<>();
    private final Map<Class<?>, Handler<?>> resolved = new ConcurrentHashMap<>();
    private static final Handler<Object> IGNORED = (payload, event, store) -> false;

    /** What a projection does with one event type. */
    @FunctionalInterface
    protected interface Handler<E> {
        boolean handle(E payload, ReceivedEvent event, ViewStore store);
    }

    /** Follows events of {@code type} (a record, or an interface its records implement) with {@code handler}. */
    protected final <E extends PublishedEvent> void on(Class<E> type, Handler<? super E> handler) {
        if (handlers.putIfAbsent(type, handler) != null) {
            throw new IllegalStateException(getClass().getSimpleName() + " follows " + type.getSimpleName() + " twice");
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public final boolean project(ReceivedEvent event, ViewStore store) {
        Object payload = event.payload();
        Handler<Object> handler = (Handler<Object>) resolved.computeIfAbsent(payload.getClass(), this::handlerOf);
        return handler.handle(payload, event, store);
    }

    private Handler<?> handlerOf(Class<?> type) {
        Handler<?> exact = handlers.get(type);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<Class<?>, Handler<?>> entry : handlers.entrySet()) {
            if (entry.getKey().isAssignableFrom(type)) {
                return entry.getValue();
            }
        }
        return IGNORED;
    }
}
