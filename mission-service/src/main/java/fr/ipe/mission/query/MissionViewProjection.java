package fr.ipe.mission.query;

import fr.ipe.contracts.mission.DelegationSigned;
import fr.ipe.contracts.mission.MissionActivity;
import fr.ipe.contracts.mission.MissionCertified;
import fr.ipe.contracts.mission.MissionEnded;
import fr.ipe.contracts.mission.MissionLetterIssued;
import fr.ipe.contracts.mission.ReimbursementCommitted;
import fr.ipe.contracts.mission.ReimbursementReleased;
import fr.ipe.mission.domain.MissionRecords.DelegationTermJustified;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code mission_view}, in the command's own transaction. Where and when a mission is active follows
 * {@link MissionActivity#after}, as the bilan does. It records and never decides: that an IPE's missions never overlap
 * was decided before the delegation's events (the use case {@code SigningDelegations}, under the IPE's lock).
 */
@Component
@ProcessingGroup("mission-views")
public class MissionViewProjection {

    private final MissionViewRepository views;

    public MissionViewProjection(MissionViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(DelegationSigned e, @SequenceNumber long version) {
        views.save(new MissionView(e.missionId(), e.needId(), e.ipeId(), e.companySiret(), e.secondmentConventionId(),
                e.signedOn(), MissionActivity.after(null, e), null, null, List.of(), List.of(), null, version));
    }

    @EventHandler
    void on(DelegationTermJustified e, @SequenceNumber long version) {
        views.save(current(e.missionId()).withTerm(new MissionView.Term(e.specifiedMonths(), e.specifiedEnd(),
                e.reason())).atVersion(version));
    }

    @EventHandler
    void on(ReimbursementCommitted e, @SequenceNumber long version) {
        views.save(current(e.missionId()).committed(new MissionView.Reimbursement(e.salaryAllowanceCentsPerYear(),
                e.travelCentsPerYear(), e.reimbursedSharePercent(), e.yearlyReimbursementCents(), e.committedCents(),
                0, 0)).atVersion(version));
    }

    @EventHandler
    void on(ReimbursementReleased e, @SequenceNumber long version) {
        views.save(current(e.missionId()).released(e.releasedCents(), e.committedCents()).atVersion(version));
    }

    @EventHandler
    void on(MissionLetterIssued e, @SequenceNumber long version) {
        views.save(current(e.missionId()).withLetter(new MissionView.Letter(e.schoolYear(), e.revision(),
                e.axisCodes(), e.objectives(), e.issuedOn())).atVersion(version));
    }

    @EventHandler
    void on(MissionCertified e, @SequenceNumber long version) {
        views.save(current(e.missionId()).withCertification(new MissionView.Certification(e.schoolYear(),
                e.periodStart(), e.periodEnd(), e.reimbursementDueCents(), e.certifiedOn())).atVersion(version));
    }

    @EventHandler
    void on(MissionEnded e, @SequenceNumber long version) {
        MissionView current = current(e.missionId());
        views.save(current.followed(MissionActivity.after(current.activity(), e))
                .ended(new MissionView.End(e.endedOn(), e.early(), e.reason())).atVersion(version));
    }

    private MissionView current(String missionId) {
        return views.find(missionId).orElseThrow(() -> new IllegalStateException("mission " + missionId
                + " has no view"));
    }
}
