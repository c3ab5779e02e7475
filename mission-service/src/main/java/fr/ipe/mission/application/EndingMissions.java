package fr.ipe.mission.application;

import fr.ipe.mission.domain.MissionCommands.EndMission;
import fr.ipe.mission.query.MissionView;
import fr.ipe.mission.query.MissionViewRepository;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The recteur ends the mission, at term or early (annex 1, step 8); an early end releases the part of the
 * reimbursement commitment that can no longer become due. The mission decides alone.
 */
@Component
public class EndingMissions {

    private final ExistingAggregates<MissionView> missions;
    private final MissionAccess access;

    public EndingMissions(CommandGateway commands, MissionViewRepository views, MissionAccess access) {
        this.missions = new ExistingAggregates<>("mission", commands, views::find);
        this.access = access;
    }

    public MissionView end(String missionId, Long expectedVersion, LocalDate endedOn, String reason) {
        return missions.send(missionId, expectedVersion, mission -> access.requireManage(mission.academie()),
                version -> new EndMission(missionId, endedOn, reason, version));
    }
}
