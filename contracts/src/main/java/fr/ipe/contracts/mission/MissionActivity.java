package fr.ipe.contracts.mission;

import fr.ipe.contracts.period.ReportingPeriod;
import java.time.LocalDate;

/**
 * Where and when an IPE is active on a mission, as its events leave it: the one function every consumer (mission-service's
 * own views, the bilan) uses to follow a mission's académie and dates, so they cannot disagree on activity months.
 * {@code academie} is null for a national mission (the DGESCO); {@code lastDay} is inclusive.
 */
public record MissionActivity(String missionId, String ipeId, String academie, LocalDate firstDay, LocalDate lastDay) {

    /** The activity after {@code event}; {@code current} is null before the delegation was signed. */
    public static MissionActivity after(MissionActivity current, MissionEvent event) {
        if (event instanceof DelegationSigned signed) {
            return new MissionActivity(signed.missionId(), signed.ipeId(), signed.academie(), signed.startDate(),
                    signed.endDate());
        }
        if (event instanceof MissionEnded ended && current != null) {
            LocalDate last = ended.endedOn().isBefore(current.lastDay) ? ended.endedOn() : current.lastDay;
            return new MissionActivity(current.missionId, current.ipeId, current.academie, current.firstDay, last);
        }
        return current;
    }

    public boolean isNational() {
        return academie == null;
    }

    /** Exact activity within {@code period}, in {@link ActivityMonths} units. */
    public long unitsWithin(ReportingPeriod period) {
        return ActivityMonths.units(firstDay, lastDay, period.firstDay(), period.lastDay());
    }
}
