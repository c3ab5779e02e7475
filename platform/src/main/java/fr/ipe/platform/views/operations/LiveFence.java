package fr.ipe.platform.views.operations;

/** Stops the live stream's writes for the moment a rebuild switches generations, and lets them go on after. */
public interface LiveFence {

    /** Returns once the live stream applies nothing more until {@link #resume()}. */
    void pause();

    void resume();
}
