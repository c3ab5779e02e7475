package fr.ipe.mission.application;

import fr.ipe.mission.domain.NeedCommands.PreselectCandidature;
import fr.ipe.mission.domain.NeedCommands.RejectCandidature;
import fr.ipe.mission.domain.NeedCommands.SelectCandidature;
import fr.ipe.mission.query.IpeView;
import fr.ipe.mission.query.NeedView;
import fr.ipe.mission.query.NeedViewRepository;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What becomes of a candidature (annex 1, steps 2 and 3): the association pre-selects it with the companies, the need's
 * recteur selects it or rejects it with a reason. Nothing more is done for an IPE whose personal data were erased, but
 * its candidature can still be rejected: a pre-selection and a selection read the erasure under the IPE's lock, which
 * the erasure takes too, so they happen one after the other; the need decides with it.
 */
@Component
public class DecidingCandidatures {

    private final ExistingAggregates<NeedView> needs;
    private final ReferenceRepository references;
    private final MissionAccess access;

    public DecidingCandidatures(CommandGateway commands, NeedViewRepository views, ReferenceRepository references,
                                MissionAccess access) {
        this.needs = new ExistingAggregates<>("need", commands, views::find);
        this.references = references;
        this.access = access;
    }

    @Transactional
    public NeedView preselect(String needId, String candidatureId, Long expectedVersion, LocalDate on) {
        return needs.send(needId, expectedVersion, need -> access.requireAssociation(),
                (need, version) -> new PreselectCandidature(needId, candidatureId, erasedCandidate(need, candidatureId),
                        on, version));
    }

    @Transactional
    public NeedView select(String needId, String candidatureId, Long expectedVersion, LocalDate on) {
        return needs.send(needId, expectedVersion, need -> access.requireManage(need.academie()),
                (need, version) -> new SelectCandidature(needId, candidatureId, erasedCandidate(need, candidatureId),
                        on, version));
    }

    public NeedView reject(String needId, String candidatureId, Long expectedVersion, String reason, LocalDate on) {
        return needs.send(needId, expectedVersion, need -> access.requireManage(need.academie()),
                version -> new RejectCandidature(needId, candidatureId, reason, on, version));
    }

    /** Whether the candidature's IPE was erased, read under its lock (held until the decision commits). */
    private boolean erasedCandidate(NeedView need, String candidatureId) {
        return need.candidature(candidatureId).flatMap(c -> references.lockedIpe(c.ipeId()))
                .filter(IpeView::erased).isPresent();
    }
}
