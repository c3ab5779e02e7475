package fr.ipe.convention.api;

import fr.ipe.convention.query.ConventionView;
import java.util.List;

/** A page of conventions; {@code next} is the cursor for the following page, null on the last. */
public record ConventionPage(List<ConventionView> items, String next) {
}
