package fr.ipe.mission.api;

import java.util.List;
import java.util.function.Function;

/** A page of a list; {@code next} is the cursor of the following page, null on the last. */
public record Page<T>(List<T> items, String next) {

    static final int MAX = 200;

    static <T> Page<T> of(List<T> items, int limit, Function<T, String> cursor) {
        return new Page<>(items, items.size() == limit ? cursor.apply(items.get(items.size() - 1)) : null);
    }
}
