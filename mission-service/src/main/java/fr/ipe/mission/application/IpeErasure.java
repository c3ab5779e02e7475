package fr.ipe.mission.application;

import fr.ipe.mission.domain.ReferenceCommands.EraseIpeIdentity;
import fr.ipe.mission.query.IpeView;
import fr.ipe.mission.query.MissionView;
import fr.ipe.mission.query.MissionViewRepository;
import fr.ipe.mission.query.NeedViewRepository;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.platform.web.IdempotencyStore;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The erasure of an IPE's personal data (GDPR art. 17), in one transaction: under the IPE's lock (so no candidature,
 * selection or delegation for it commits meanwhile), the retention rule is checked on the IPE's missions and
 * selections, the IPE's key is deleted and its views forget the data (the command and its projection), and every
 * answer the Idempotency-Key store kept about the IPE, or for the IPE's own requests under its account, is forgotten:
 * after it, no copy of the data can be read again.
 */
@Service
public class IpeErasure {

    private final ExistingAggregates<IpeView> ipes;
    private final ReferenceRepository references;
    private final MissionViewRepository missions;
    private final NeedViewRepository needs;
    private final IdempotencyStore answers;
    private final MissionAccess access;
    private final BusinessClock clock;

    public IpeErasure(CommandGateway commands, ReferenceRepository references, MissionViewRepository missions,
                      NeedViewRepository needs, IdempotencyStore answers, MissionAccess access, BusinessClock clock) {
        this.ipes = new ExistingAggregates<>("IPE", commands, references::ipe);
        this.references = references;
        this.missions = missions;
        this.needs = needs;
        this.answers = answers;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Erases the IPE at {@code resourcePath} (its API path, under which its stored answers are kept), if it is at
     * {@code expectedVersion} (null: any); answers what is left of it.
     */
    @Transactional
    public IpeView erase(String ipeId, Long expectedVersion, String resourcePath) {
        String account = references.lockedIpe(ipeId).map(IpeView::account).orElse(null);
        LocalDate today = clock.today();
        IpeView erased = ipes.send(ipeId, expectedVersion, ipe -> access.requireAssociation(), version -> {
            List<MissionView> ofIpe = missions.ofIpe(ipeId);
            boolean active = ofIpe.stream().anyMatch(m -> !m.ended() && !m.activity().lastDay().isBefore(today));
            LocalDate last = ofIpe.stream().map(m -> m.activity().lastDay()).max(LocalDate::compareTo).orElse(null);
            return new EraseIpeIdentity(ipeId, today, last, active, needs.selectedWithoutMission(ipeId), version);
        });
        answers.forget(resourcePath);
        if (account != null) {
            // the IPE's own requests are kept under its username, the account being erased
            answers.forgetCaller(account);
        }
        return erased;
    }
}
