package fr.ipe.mission.application;

import fr.ipe.mission.domain.MissionCommands.ActivePeriod;
import fr.ipe.mission.domain.MissionCommands.SignDelegation;
import fr.ipe.mission.domain.MissionCommands.Specified;
import fr.ipe.mission.query.IpeView;
import fr.ipe.mission.query.MissionView;
import fr.ipe.mission.query.MissionViewRepository;
import fr.ipe.mission.query.NeedView;
import fr.ipe.mission.query.NeedViewRepository;
import fr.ipe.mission.query.ReferenceRepository;
import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.domain.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recteur signs the secondment agreement with the selected IPE's company (annex 1, step 5): the mission starts.
 * It crosses three aggregates: the need (its selected IPE and specification, read from its view, which never change
 * once the delegation may be signed but for a rewritten specification), the IPE (not erased) and the IPE's other
 * missions (never overlapping). The last two are read under the IPE's lock, which every step for the IPE takes first,
 * so two delegations of one IPE, or a delegation and the IPE's erasure, happen one after the other and the second
 * sees the first; the {@code Mission} aggregate decides with them. A need has one mission: the mission's id is the
 * need's, so the event store's key refuses a second one, which this use case names first (409 {@code need-delegated}).
 */
@Component
public class SigningDelegations {

    /** What the recteur signs: the body of {@code POST /api/missions}. */
    public interface Delegation {
        String needId();

        String secondmentConventionId();

        LocalDate startDate();

        LocalDate endDate();

        String termReason();

        LocalDate signedOn();

        Long salaryAllowanceCentsPerYear();

        Long travelCentsPerYear();

        Integer reimbursedSharePercent();
    }

    private final ExistingAggregates<MissionView> missions;
    private final MissionViewRepository missionViews;
    private final NeedViewRepository needs;
    private final ReferenceRepository references;
    private final MissionAccess access;

    public SigningDelegations(CommandGateway commands, MissionViewRepository missionViews, NeedViewRepository needs,
                              ReferenceRepository references, MissionAccess access) {
        this.missions = new ExistingAggregates<>("mission", commands, missionViews::find);
        this.missionViews = missionViews;
        this.needs = needs;
        this.references = references;
        this.access = access;
    }

    @Transactional
    public MissionView sign(Delegation delegation) {
        NeedView need = needs.find(delegation.needId()).orElseThrow(() -> RuleViolation.unprocessable("unknown-need",
                "needId", "no need " + delegation.needId()));
        access.requireManage(need.academie());
        NeedView.Candidature selected = need.selected().orElse(null);
        IpeView ipe = selected == null ? null : references.lockedIpe(selected.ipeId()).orElse(null);
        String missionId = missionOf(need.needId());
        if (missionViews.find(missionId).isPresent()) {
            throw RuleViolation.conflict("need-delegated", "need " + need.needId() + " already has its mission "
                    + missionId);
        }
        List<ActivePeriod> others = ipe == null ? List.of() : missionViews.ofIpe(ipe.ipeId()).stream()
                .map(m -> new ActivePeriod(m.missionId(), m.activity().firstDay(), m.activity().lastDay())).toList();
        Specified specification = need.specification() == null ? null
                : new Specified(need.specification().durationMonths(), need.specification().specifiedOn());
        return missions.create(missionId, new SignDelegation(missionId, need.needId(), need.academie(),
                selected == null ? null : selected.ipeId(), ipe != null && ipe.erased(),
                selected == null ? null : selected.companySiret(), specification,
                delegation.secondmentConventionId(), delegation.startDate(), delegation.endDate(),
                delegation.termReason(), delegation.signedOn(), delegation.salaryAllowanceCentsPerYear(),
                delegation.travelCentsPerYear(), delegation.reimbursedSharePercent(), others));
    }

    /** The mission, for a caller who may read it (403 for another académie's, another IPE's). */
    public MissionView visible(String missionId) {
        return missions.visible(missionId, access::requireReadMission);
    }

    /** A need's mission has an id of its own, derived from the need's: one mission per need. */
    private static String missionOf(String needId) {
        return UUID.nameUUIDFromBytes(("mission:" + needId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
