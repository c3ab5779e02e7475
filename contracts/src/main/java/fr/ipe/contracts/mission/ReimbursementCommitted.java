package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * With the delegation, the association committed to reimburse the company {@code reimbursedSharePercent} % of the
 * IPE's yearly costs (salary allowance and travel), i.e. {@code yearlyReimbursementCents} a year and
 * {@code committedCents} over the mission's {@code firstDay}..{@code lastDay}, pro rata by days. Nothing is due before
 * the recteur certifies a period ({@link MissionCertified}). A funding event: also on the funding feed.
 */
@EventContract(type = "fr.ipe.mission.ReimbursementCommitted.v1", topic = Topics.MISSIONS, alsoPublishedTo = Topics.FUNDING)
public record ReimbursementCommitted(
        String missionId,
        String ipeId,
        String companySiret,
        String academie,
        long salaryAllowanceCentsPerYear,
        long travelCentsPerYear,
        int reimbursedSharePercent,
        long yearlyReimbursementCents,
        long committedCents,
        LocalDate firstDay,
        LocalDate lastDay,
        LocalDate committedOn) implements MissionEvent {

    @Override
    public String aggregateId() {
        return missionId;
    }

    @Override
    public String academieScope() {
        return academie;
    }
}
