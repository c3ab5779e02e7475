package fr.ipe.stagebank.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.contracts.stage.CommitmentRenewalDeclined;
import fr.ipe.contracts.stage.CommitmentRenewed;
import fr.ipe.contracts.stage.CompanyCommitted;
import fr.ipe.platform.domain.Identifiers;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.domain.Siret;
import fr.ipe.stagebank.domain.CommitmentCommands.CommitCompany;
import fr.ipe.stagebank.domain.CommitmentCommands.DeclineRenewal;
import fr.ipe.stagebank.domain.CommitmentCommands.RenewCommitment;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Objectif stages' contract of trust (2005): a company commits to host the number of trainees it chooses, in the
 * académie or one of its bassins, for a school year; it is renewed year by year, and a company with a bad experience
 * may decline to renew, which is recorded with its reason and ends the commitment.
 */
@Aggregate
public class Commitment {

    @AggregateIdentifier
    private String commitmentId;
    private String academie;
    private ReportingPeriod currentYear;
    private boolean declined;

    protected Commitment() {
        // for Axon
    }

    @CommandHandler
    public Commitment(CommitCompany command) {
        if (!Siret.isValid(command.companySiret())) {
            throw RuleViolation.unprocessable("siret", "companySiret", "not a valid SIRET: " + command.companySiret());
        }
        if (!Identifiers.isAcademieSlug(command.academie())) {
            throw RuleViolation.unprocessable("academie", "academie", "not an académie slug: " + command.academie());
        }
        CommitmentYears.requireTrainees(command.trainees());
        ReportingPeriod year = CommitmentYears.schoolYear("schoolYear", command.schoolYear());
        CommitmentYears.requireNotOver("schoolYear", year, command.committedOn());
        apply(new CompanyCommitted(command.commitmentId(), command.academie(),
                command.bassin() == null || command.bassin().isBlank() ? null : command.bassin().strip(),
                command.companySiret(), command.companyName().strip(), command.trainees(), year.label(),
                command.committedOn()));
    }

    @CommandHandler
    public long handle(RenewCommitment command) {
        requireNotDeclined();
        CommitmentYears.requireTrainees(command.trainees());
        ReportingPeriod year = CommitmentYears.schoolYear("schoolYear", command.schoolYear());
        CommitmentYears.requireNext("schoolYear", currentYear, year);
        CommitmentYears.requireNotOver("schoolYear", year, command.renewedOn());
        apply(new CommitmentRenewed(commitmentId, academie, year.label(), command.trainees(), command.renewedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(DeclineRenewal command) {
        requireNotDeclined();
        ReportingPeriod year = CommitmentYears.schoolYear("schoolYear", command.schoolYear());
        CommitmentYears.requireNext("schoolYear", currentYear, year);
        CommitmentYears.requireNotOver("schoolYear", year, command.declinedOn());
        apply(new CommitmentRenewalDeclined(commitmentId, academie, year.label(), command.reason().strip(),
                command.declinedOn()));
        return AggregateLifecycle.getVersion();
    }

    private void requireNotDeclined() {
        if (declined) {
            throw RuleViolation.conflict("commitment-declined", "the company declined to renew its commitment");
        }
    }

    @EventSourcingHandler
    void on(CompanyCommitted event) {
        commitmentId = event.commitmentId();
        academie = event.academie();
        currentYear = ReportingPeriod.parse(event.schoolYear());
    }

    @EventSourcingHandler
    void on(CommitmentRenewed event) {
        currentYear = ReportingPeriod.parse(event.schoolYear());
    }

    @EventSourcingHandler
    void on(CommitmentRenewalDeclined event) {
        declined = true;
    }
}
