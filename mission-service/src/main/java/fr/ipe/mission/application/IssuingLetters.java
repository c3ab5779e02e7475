package fr.ipe.mission.application;

import fr.ipe.mission.domain.MissionCommands.IssueMissionLetter;
import fr.ipe.mission.query.MissionView;
import fr.ipe.mission.query.MissionViewRepository;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** The recteur issues, or revises, the mission letter of a school year (annex 1, step 6); the mission decides alone. */
@Component
public class IssuingLetters {

    private final ExistingAggregates<MissionView> missions;
    private final MissionAccess access;

    public IssuingLetters(CommandGateway commands, MissionViewRepository views, MissionAccess access) {
        this.missions = new ExistingAggregates<>("mission", commands, views::find);
        this.access = access;
    }

    public MissionView issue(String missionId, Long expectedVersion, String schoolYear, List<String> axisCodes,
                             String objectives, LocalDate issuedOn) {
        return missions.send(missionId, expectedVersion, mission -> access.requireManage(mission.academie()),
                version -> new IssueMissionLetter(missionId, schoolYear, axisCodes == null ? List.of() : axisCodes,
                        objectives, issuedOn, version));
    }
}
