package fr.ipe.mission.domain;

import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.time.Period;

/**
 * How long an IPE's personal data are kept: while it is selected for a mission to come, while a mission runs, and
 * {@link #PERIOD} after the last one ended (the time the secondment agreement and its reimbursements can still be
 * audited, art. 8 of the convention: control at the term). A choice of this project, not stated by the sources; it is
 * the one place to change it.
 */
public final class Retention {

    public static final Period PERIOD = Period.ofYears(5);

    private Retention() {
    }

    static void requireOver(LocalDate lastMissionDay, boolean missionActive, boolean selectionPending, LocalDate today) {
        if (selectionPending) {
            throw RuleViolation.conflict("selection-in-progress", "a recteur selected the IPE on a need whose "
                    + "delegation is still to come: its personal data are kept while its recruitment goes on");
        }
        if (missionActive) {
            throw RuleViolation.conflict("retention-not-over", "the IPE has a mission that has not ended: its "
                    + "personal data are kept until " + PERIOD.getYears() + " years after its end");
        }
        if (lastMissionDay != null && today.isBefore(lastMissionDay.plus(PERIOD))) {
            throw RuleViolation.conflict("retention-not-over", "the IPE's last mission ended on " + lastMissionDay
                    + ": its personal data are kept until " + lastMissionDay.plus(PERIOD));
        }
    }

    /** Once an IPE's personal data are erased (GDPR art. 17), nothing more is done for it (409). */
    public static void requireNotErased(String ipeId, boolean erased) {
        if (erased) {
            throw RuleViolation.conflict("ipe-erased", "the personal data of IPE " + ipeId + " were erased: nothing "
                    + "more is done for it");
        }
    }
}
