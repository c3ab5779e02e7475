package fr.ipe.platform.views.operations;

import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.views.ViewEngine;
import java.util.List;
import java.util.Set;

/** What rebuilds and snapshots share: the views ops name, and the thread an operation runs on. */
final class Views {

    private Views() {
    }

    /** The views named (all when none), sorted; 422 for a view that does not exist. */
    static List<String> chosen(ViewEngine engine, List<String> views) {
        Set<String> known = engine.views().keySet();
        List<String> chosen = views == null || views.isEmpty() ? List.copyOf(known)
                : views.stream().distinct().sorted().toList();
        for (String view : chosen) {
            if (!known.contains(view)) {
                throw RuleViolation.unprocessable("unknown-view", "views",
                        "no view named " + view + "; the views are " + known);
            }
        }
        return chosen;
    }

    static void launch(String prefix, String id, Runnable operation) {
        Thread thread = new Thread(operation, prefix + id.substring(0, 8));
        thread.setDaemon(true);
        thread.start();
    }
}
