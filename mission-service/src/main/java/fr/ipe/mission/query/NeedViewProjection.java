package fr.ipe.mission.query;

import fr.ipe.contracts.mission.CandidaturePreselected;
import fr.ipe.contracts.mission.CandidatureRejected;
import fr.ipe.contracts.mission.CandidatureSelected;
import fr.ipe.contracts.mission.CandidatureSubmitted;
import fr.ipe.contracts.mission.MissionSpecified;
import fr.ipe.contracts.mission.NeedPosted;
import fr.ipe.mission.domain.CandidatureStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code need_view}, in the command's own transaction (a subscribing processor). A candidature's steps take
 * their IPE's lock and check again that it was not erased meanwhile, so a step and an erasure cannot both commit.
 */
@Component
@ProcessingGroup("mission-views")
public class NeedViewProjection {

    private final NeedViewRepository views;
    private final ReferenceRepository references;

    public NeedViewProjection(NeedViewRepository views, ReferenceRepository references) {
        this.views = views;
        this.references = references;
    }

    @EventHandler
    void on(NeedPosted e, @SequenceNumber long version) {
        views.save(new NeedView(e.needId(), e.academie(), e.title(), e.profile(), e.axisCodes(), e.priorityYear(),
                e.priorityCode(), e.nonSubstitutionJustification(), e.postedOn(), java.util.List.of(), null, version));
    }

    @EventHandler
    void on(CandidatureSubmitted e, @SequenceNumber long version) {
        references.lockIpeForAStep(e.ipeId());
        views.save(current(e.needId()).withCandidature(new NeedView.Candidature(e.candidatureId(), e.ipeId(),
                e.companySiret(), CandidatureStatus.SUBMITTED, e.submittedOn(), null, null)).atVersion(version));
    }

    @EventHandler
    void on(CandidaturePreselected e, @SequenceNumber long version) {
        NeedView need = current(e.needId());
        need.candidatures().stream().filter(c -> c.candidatureId().equals(e.candidatureId())).findFirst()
                .ifPresent(c -> references.lockIpeForAStep(c.ipeId()));
        views.save(need.candidatureMoved(e.candidatureId(), CandidatureStatus.PRESELECTED,
                e.preselectedOn(), null).atVersion(version));
    }

    @EventHandler
    void on(CandidatureSelected e, @SequenceNumber long version) {
        references.lockIpeForAStep(e.ipeId());
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
