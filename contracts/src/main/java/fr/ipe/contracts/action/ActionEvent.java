package fr.ipe.contracts.action;

import fr.ipe.contracts.PublishedEvent;

/**
 * An event of a partnership action: a record with an {@code actionId} (the aggregate id) and the action's
 * {@code academie} (null for an action at the national level, the DGESCO). Sealed, so that
 * {@link fr.ipe.contracts.EventCatalog} lists every action event; {@link ActionLifecycle} says what each one does.
 */
public sealed interface ActionEvent extends PublishedEvent permits
        ActionPlanned,
        ActionCarriedOut,
        ActionValidated,
        ActionCorrected,
        ActionCancelled {

    String actionId();

    /** Null for a national action. No Jackson annotation: it would be inherited by the records' own component. */
    String academie();

    @Override
    default String aggregateId() {
        return actionId();
    }

    @Override
    default String academieScope() {
        return academie();
    }
}
