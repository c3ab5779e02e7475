package fr.ipe.contracts;

import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionSigned;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every published event type, so a consumer can turn a CloudEvents {@code type} back into its record. */
public final class EventCatalog {

    private static final List<Class<? extends PublishedEvent>> EVENTS = List.of(
            ConventionDrafted.class,
            ConventionPartySigned.class,
            ConventionSigned.class);

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
}
