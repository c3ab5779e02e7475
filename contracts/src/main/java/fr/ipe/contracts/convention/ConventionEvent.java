package fr.ipe.contracts.convention;

import fr.ipe.contracts.PublishedEvent;

/**
 * An event of a convention: a record with a {@code conventionId} component (the aggregate id) and, for conventions of an
 * académie, an {@code academie} component; the records' own accessors implement this interface.
 */
public interface ConventionEvent extends PublishedEvent {

    String conventionId();

    /**
     * The académie of the convention; null for the national convention (and its subsidy events). No Jackson annotation
     * here: it would be inherited by the records' own {@code academie} component.
     */
    default String academie() {
        return null;
    }

    @Override
    default String aggregateId() {
        return conventionId();
    }

    @Override
    default String academieScope() {
        return academie();
    }
}
