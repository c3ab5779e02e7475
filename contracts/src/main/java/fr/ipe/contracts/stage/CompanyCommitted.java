package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * Objectif stages' contract of trust: the company commits to host the number of trainees it chooses in the académie
 * (or one bassin of it, when {@code bassin} is set) for the school year, written 2019-2020.
 */
@EventContract(type = "fr.ipe.stage.CompanyCommitted.v1", topic = Topics.STAGES)
public record CompanyCommitted(
        String commitmentId,
        String academie,
        String bassin,
        String companySiret,
        String companyName,
        int trainees,
        String schoolYear,
        LocalDate committedOn) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return commitmentId;
    }
}
