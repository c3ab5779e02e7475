package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The recteur certified the proper execution of the mission over {@code schoolYear} (annex 1, step 7): the reimbursement of
 * the certified days {@code periodStart}..{@code periodEnd}, {@code reimbursementDueCents}, is now due to the company.
 * A funding event: also on the funding feed.
 */
@EventContract(type = "fr.ipe.mission.MissionCertified.v1", topic = Topics.MISSIONS, alsoPublishedTo = Topics.FUNDING)
public record MissionCertified(
        String missionId,
        String ipeId,
        String companySiret,
        String academie,
        String schoolYear,
        LocalDate periodStart,
        LocalDate periodEnd,
        long reimbursementDueCents,
        LocalDate certifiedOn) implements MissionEvent {

    @Override
    public String aggregateId() {
        return missionId;
    }

    @Override
    public String academieScope() {
        return academie;
    }
}
