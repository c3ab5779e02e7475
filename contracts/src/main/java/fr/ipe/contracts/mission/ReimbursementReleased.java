package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The mission ended early on {@code lastDay}: the part of the reimbursement commitment of its days after it can never
 * become due, so the association releases {@code releasedCents}, and {@code committedCents} (what certifications of
 * {@code firstDay}..{@code lastDay} can still make due) replaces the amount {@link ReimbursementCommitted} stated: that
 * amount less {@code releasedCents}. A funding event: also on the funding feed, so finance's accounts reconcile.
 */
@EventContract(type = "fr.ipe.mission.ReimbursementReleased.v1", topic = Topics.MISSIONS, alsoPublishedTo = Topics.FUNDING)
public record ReimbursementReleased(
        String missionId,
        String ipeId,
        String companySiret,
        String academie,
        long releasedCents,
        long committedCents,
        LocalDate firstDay,
        LocalDate lastDay) implements MissionEvent {

    @Override
    public String aggregateId() {
        return missionId;
    }

    @Override
    public String academieScope() {
        return academie;
    }
}
