package fr.ipe.platform.views;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A state folded over events, one function per event type: {@code dispatch.apply(state, event)} runs the function of
 * the event's type (or of an interface it implements), and answers the state unchanged for any other type.
 */
public final class EventDispatch<S> {

    private final Map<Class<?>, BiFunction<S, Object, S>> steps = new LinkedHashMap<>();
    private final Map<Class<?>, BiFunction<S, Object, S>> resolved = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <E> EventDispatch<S> on(Class<E> type, BiFunction<S, ? super E, S> step) {
        if (steps.putIfAbsent(type, (state, event) -> ((BiFunction<S, Object, S>) step).apply(state, event)) != null) {
            throw new IllegalStateException("two steps for " + type.getSimpleName());
        }
        return this;
    }

    /** Whether some step follows events of {@code type}. */
    public boolean follows(Class<?> type) {
        return resolved.computeIfAbsent(type, this::stepOf) != UNCHANGED;
    }

    public S apply(S state, Object event) {
        return resolved.computeIfAbsent(event.getClass(), this::stepOf).apply(state, event);
    }

    @SuppressWarnings("rawtypes")
    private static final BiFunction UNCHANGED = (state, event) -> state;

    @SuppressWarnings("unchecked")
    private BiFunction<S, Object, S> stepOf(Class<?> type) {
        BiFunction<S, Object, S> exact = steps.get(type);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<Class<?>, BiFunction<S, Object, S>> entry : steps.entrySet()) {
            if (entry.getKey().isAssignableFrom(type)) {
                return entry.getValue();
            }
        }
        return UNCHANGED;
    }
}
