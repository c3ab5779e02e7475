package fr.ipe.platform.views;

/** Told when the live totals of a view key moved: what live pushes listen to. */
@FunctionalInterface
public interface ViewChangeListener {

    ViewChangeListener NONE = (view, key) -> { };

    void changed(String view, String key);
}
