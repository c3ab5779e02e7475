package fr.ipe.stagebank.application;

import fr.ipe.platform.application.ExistingAggregates;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.stagebank.domain.CommitmentCommands.CommitCompany;
import fr.ipe.stagebank.domain.CommitmentCommands.DeclineRenewal;
import fr.ipe.stagebank.domain.CommitmentCommands.RenewCommitment;
import fr.ipe.stagebank.query.CommitmentView;
import fr.ipe.stagebank.query.CommitmentViews;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Objectif stages' contract of trust: a company commits to host trainees for a school year, renews year by year, or
 * declines with its reason. The rules are the commitment's own ({@code Commitment}).
 */
@Component
public class CommittingCompanies {

    /** What a company commits to: the body of {@code POST /api/stage-bank/commitments}. */
    public interface CommitmentTerms {
        String academie();

        String bassin();

        String companySiret();

        String companyName();

        Integer trainees();

        String schoolYear();
    }

    private final ExistingAggregates<CommitmentView> commitments;
    private final StageBankAccess access;
    private final BusinessClock clock;

    public CommittingCompanies(CommandGateway commands, CommitmentViews views, StageBankAccess access,
                               BusinessClock clock) {
        this.commitments = new ExistingAggregates<>("commitment", commands, views::find);
        this.access = access;
        this.clock = clock;
    }

    public CommitmentView commit(CommitmentTerms terms) {
        access.requireOfferEntry(terms.academie());
        String commitmentId = UUID.randomUUID().toString();
        return commitments.create(commitmentId, new CommitCompany(commitmentId, terms.academie(), terms.bassin(),
                terms.companySiret(), terms.companyName(), terms.trainees(), terms.schoolYear(), clock.today()));
    }

    public CommitmentView visible(String commitmentId) {
        return commitments.visible(commitmentId, commitment -> access.requireRead(commitment.academie()));
    }

    public CommitmentView renew(String commitmentId, Long expectedVersion, String schoolYear, int trainees) {
        return commitments.send(commitmentId, expectedVersion,
                commitment -> access.requireOfferEntry(commitment.academie()),
                version -> new RenewCommitment(commitmentId, schoolYear, trainees, clock.today(), version));
    }

    public CommitmentView decline(String commitmentId, Long expectedVersion, String schoolYear, String reason) {
        return commitments.send(commitmentId, expectedVersion,
                commitment -> access.requireOfferEntry(commitment.academie()),
                version -> new DeclineRenewal(commitmentId, schoolYear, reason, clock.today(), version));
    }
}
