package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The secondment agreement was signed (annex 1, step 5): the IPE {@code ipeId} of company {@code companySiret} is placed
 * at the disposal of the recteur of {@code academie}, or of the DGESCO when {@code academie} is null (a national
 * mission), from {@code startDate} to {@code endDate} inclusive. {@code secondmentConventionId} references the
 * secondment convention of convention-service, when there is one. This starts the mission {@code missionId}.
 */
@EventContract(type = "fr.ipe.mission.DelegationSigned.v1", topic = Topics.MISSIONS)
public record DelegationSigned(
        String missionId,
        String needId,
        String ipeId,
        String companySiret,
        String academie,
        String secondmentConventionId,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate signedOn) implements MissionEvent {

    @Override
    public String aggregateId() {
        return missionId;
    }

    @Override
    public String academieScope() {
        return academie;
    }
}
