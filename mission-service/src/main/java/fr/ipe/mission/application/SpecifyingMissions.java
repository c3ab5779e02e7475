package fr.ipe.mission.application;

import fr.ipe.mission.domain.NeedCommands.SpecifyMission;
import fr.ipe.mission.query.NeedView;
import fr.ipe.mission.query.NeedViewRepository;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The need's recteur writes, or rewrites, the specification of the IPE it selected (annex 1, step 4: the cahier des
 * charges); the delegation follows it. The need decides alone.
 */
@Component
public class SpecifyingMissions {

    private final ExistingAggregates<NeedView> needs;
    private final MissionAccess access;

    public SpecifyingMissions(CommandGateway commands, NeedViewRepository views, MissionAccess access) {
        this.needs = new ExistingAggregates<>("need", commands, views::find);
        this.access = access;
    }

    public NeedView specify(String needId, Long expectedVersion, String objectives, String calendar, String means,
                            int durationMonths, LocalDate specifiedOn) {
        return needs.send(needId, expectedVersion, need -> access.requireManage(need.academie()),
                version -> new SpecifyMission(needId, objectives, calendar, means, durationMonths, specifiedOn,
                        version));
    }
}
