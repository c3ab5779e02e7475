package fr.ipe.contracts;

import fr.ipe.contracts.action.ActionEvent;
import fr.ipe.contracts.convention.ConventionEvent;
import fr.ipe.contracts.mission.MissionEvent;
import fr.ipe.contracts.stage.StageBankEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every published event type, so a consumer can turn a CloudEvents {@code type} back into its record. The list is
 * derived from the sealed event interface of each context, so an event cannot be published without being listed.
 */
public final class EventCatalog {

    /** One sealed root per bounded context; its permitted records are that context's published events. */
    private static final List<Class<? extends PublishedEvent>> CONTEXT_ROOTS = List.of(ConventionEvent.class, MissionEvent.class,
            ActionEvent.class, StageBankEvent.class);

    private static final List<Class<? extends PublishedEvent>> EVENTS = permittedRecords(CONTEXT_ROOTS);

    private static final Map<String, Class<? extends PublishedEvent>> BY_TYPE = new LinkedHashMap<>();

    static {
        for (Class<? extends PublishedEvent> event : EVENTS) {
            String type = contractOf(event).type();
            if (BY_TYPE.put(type, event) != null) {
                throw new IllegalStateException("CloudEvents type declared twice: " + type);
            }
        }
    }

    private EventCatalog() {
    }

    public static List<Class<? extends PublishedEvent>> events() {
        return EVENTS;
    }

    public static Optional<Class<? extends PublishedEvent>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventContract contractOf(Class<?> event) {
        EventContract contract = event.getAnnotation(EventContract.class);
        if (contract == null) {
            throw new IllegalArgumentException(event.getName() + " is not an @EventContract");
        }
        return contract;
    }

    /** The records a sealed root permits, in the order of its {@code permits} clause, through nested sealed types. */
    static List<Class<? extends PublishedEvent>> permittedRecords(List<Class<? extends PublishedEvent>> roots) {
        List<Class<? extends PublishedEvent>> events = new ArrayList<>();
        for (Class<? extends PublishedEvent> root : roots) {
            collect(root, events);
        }
        return List.copyOf(events);
    }

    private static void collect(Class<? extends PublishedEvent> type, List<Class<? extends PublishedEvent>> events) {
        if (type.isRecord()) {
            events.add(type);
        } else if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                collect(permitted.asSubclass(PublishedEvent.class), events);
            }
        } else {
            throw new IllegalStateException(type.getName() + " must be a record or a sealed interface of records");
        }
    }
}
