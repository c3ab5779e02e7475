package fr.ipe.platform.time;

/**
 * What a service does once ops moved its business date: let every deadline up to the new today take effect at once
 * (convention-service's deadline sweep), rather than at its next scheduled run. A service without such deadlines has
 * none: its rules read {@link BusinessClock#today()} when they are asked.
 */
public interface BusinessDateSweep {

    /** How many items the sweep checked and how many of them failed (logged by the sweep). */
    record Outcome(int checked, int failures) {
    }

    Outcome sweepToToday();
}
