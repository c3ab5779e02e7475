package fr.ipe.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list read by cursor ({@code ?after=&limit=}): its items, and {@code next}, the cursor of the following page
 * (absent on the last one). The same for every list of every service.
 */
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page of {@code items} read with {@code limit}: a full page has a next one, whose cursor is what
     * {@code cursorOf} gives of its last item.
     */
    public static <T> Page<T> of(List<T> items, int limit, Function<T, String> cursorOf) {
        String next = items.size() == limit && !items.isEmpty() ? cursorOf.apply(items.get(items.size() - 1)) : null;
        return new Page<>(items, next);
    }
}
