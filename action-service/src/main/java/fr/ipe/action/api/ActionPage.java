package fr.ipe.action.api;

import fr.ipe.action.query.ActionView;
import java.util.List;

/** A page of actions; {@code next} is the cursor for the following page, null on the last. */
public record ActionPage(List<ActionView> items, String next) {
}
