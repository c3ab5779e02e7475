package fr.ipe.stagebank.api;

import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code next} is the cursor of the following page, absent on the last. */
public record StagePage<T>(List<T> items, String next) {

    static final int MAX_PAGE = 200;

    static <T> StagePage<T> of(List<T> items, int limit, Function<T, String> id) {
        return new StagePage<>(items, items.size() == limit ? id.apply(items.get(items.size() - 1)) : null);
    }
}
