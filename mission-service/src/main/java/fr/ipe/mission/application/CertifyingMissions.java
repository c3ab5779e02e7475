package fr.ipe.mission.application;

import fr.ipe.mission.domain.MissionCommands.CertifyMission;
import fr.ipe.mission.query.MissionView;
import fr.ipe.mission.query.MissionViewRepository;
import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.time.BusinessClock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The recteur certifies that a school year of the mission was properly carried out (annex 1, step 7), which makes its
 * reimbursement due; not on a date after the service's business date. The mission decides alone.
 */
@Component
public class CertifyingMissions {

    private final ExistingAggregates<MissionView> missions;
    private final MissionAccess access;
    private final BusinessClock clock;

    public CertifyingMissions(CommandGateway commands, MissionViewRepository views, MissionAccess access,
                              BusinessClock clock) {
        this.missions = new ExistingAggregates<>("mission", commands, views::find);
        this.access = access;
        this.clock = clock;
    }

    public MissionView certify(String missionId, Long expectedVersion, String schoolYear, LocalDate certifiedOn) {
        return missions.send(missionId, expectedVersion, mission -> access.requireManage(mission.academie()),
                version -> new CertifyMission(missionId, schoolYear, certifiedOn, clock.today(), version));
    }
}
