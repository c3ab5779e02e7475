package fr.ipe.mission.query;

import fr.ipe.contracts.mission.CandidaturePreselected;
import fr.ipe.contracts.mission.CandidatureRejected;
import fr.ipe.contracts.mission.CandidatureSelected;
import fr.ipe.contracts.mission.CandidatureSubmitted;
import fr.ipe.contracts.mission.MissionSpecified;
import fr.ipe.contracts.mission.NeedPosted;
import fr.ipe.mission.domain.CandidatureStatus;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code need_view}, in the command's own transaction (a subscribing processor). It records and never decides:
 * that a candidature's IPE was not erased was decided before its events, under the IPE's lock (the use cases
 * {@code SubmittingCandidatures} and {@code DecidingCandidatures}).
 */
@Component
@ProcessingGroup("mission-views")
public class NeedViewProjection {

    private final NeedViewRepository views;

    public NeedViewProjection(NeedViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(NeedPosted e, @SequenceNumber long version) {
        views.save(new NeedView(e.needId(), e.academie(), e.title(), e.profile(), e.axisCodes(), e.priorityYear(),
                e.priorityCode(), e.nonSubstitutionJustification(), e.postedOn(), List.of(), null, version));
    }

    @EventHandler
    void on(CandidatureSubmitted e, @SequenceNumber long version) {
        views.save(current(e.needId()).withCandidature(new NeedView.Candidature(e.candidatureId(), e.ipeId(),
                e.companySiret(), CandidatureStatus.SUBMITTED, e.submittedOn(), null, null)).atVersion(version));
    }

    @EventHandler
    void on(CandidaturePreselected e, @SequenceNumber long version) {
        views.save(current(e.needId()).candidatureMoved(e.candidatureId(), CandidatureStatus.PRESELECTED,
                e.preselectedOn(), null).atVersion(version));
    }

    @EventHandler
    void on(CandidatureSelected e, @SequenceNumber long version) {
        views.save(current(e.needId()).candidatureMoved(e.candidatureId(), CandidatureStatus.SELECTED, e.selectedOn(),
                null).atVersion(version));
    }

    @EventHandler
    void on(CandidatureRejected e, @SequenceNumber long version) {
        views.save(current(e.needId()).candidatureMoved(e.candidatureId(), CandidatureStatus.REJECTED, e.rejectedOn(),
                e.reason()).atVersion(version));
    }

    @EventHandler
    void on(MissionSpecified e, @SequenceNumber long version) {
        views.save(current(e.needId()).specified(new NeedView.Specification(e.objectives(), e.calendar(), e.means(),
                e.durationMonths(), e.specifiedOn())).atVersion(version));
    }

    private NeedView current(String needId) {
        return views.find(needId).orElseThrow(() -> new IllegalStateException("need " + needId + " has no view"));
    }
}
