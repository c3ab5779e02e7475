package fr.ipe.mission.application;

import fr.ipe.mission.domain.NeedCommands.SubmitCandidature;
import fr.ipe.mission.query.IpeView;
import fr.ipe.mission.query.NeedView;
import fr.ipe.mission.query.NeedViewRepository;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association submits a member company's candidate for a need (annex 1, step 2). The candidate is a registered
 * IPE, whose company is the candidature's, and whose personal data were not erased: read under the IPE's lock, which
 * its erasure takes too, so the candidature and an erasure happen one after the other; the need decides with it.
 */
@Component
public class SubmittingCandidatures {

    /** The candidature submitted, and the need that has it. */
    public record Submitted(String candidatureId, NeedView need) {
    }

    private final ExistingAggregates<NeedView> needs;
    private final ReferenceRepository references;
    private final MissionAccess access;

    public SubmittingCandidatures(CommandGateway commands, NeedViewRepository views, ReferenceRepository references,
                                  MissionAccess access) {
        this.needs = new ExistingAggregates<>("need", commands, views::find);
        this.references = references;
        this.access = access;
    }

    @Transactional
    public Submitted submit(String needId, Long expectedVersion, String ipeId, LocalDate submittedOn) {
        IpeView ipe = references.lockedIpe(ipeId).orElseThrow(() -> RuleViolation.unprocessable("unknown-ipe",
                "ipeId", "no IPE " + ipeId + " is registered"));
        String candidatureId = UUID.randomUUID().toString();
        NeedView need = needs.send(needId, expectedVersion, current -> access.requireAssociation(),
                version -> new SubmitCandidature(needId, candidatureId, ipe.ipeId(), ipe.companySiret(), ipe.erased(),
                        submittedOn, version));
        return new Submitted(candidatureId, need);
    }
}
