package fr.ipe.mission.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.mission.DelegationSigned;
import fr.ipe.contracts.mission.MissionActivity;
import fr.ipe.contracts.mission.MissionCertified;
import fr.ipe.contracts.mission.MissionEnded;
import fr.ipe.contracts.mission.MissionEvent;
import fr.ipe.contracts.mission.MissionLetterIssued;
import fr.ipe.contracts.mission.ReimbursementCommitted;
import fr.ipe.contracts.mission.ReimbursementReleased;
import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.mission.domain.MissionCommands.CertifyMission;
import fr.ipe.mission.domain.MissionCommands.EndMission;
import fr.ipe.mission.domain.MissionCommands.IssueMissionLetter;
import fr.ipe.mission.domain.MissionCommands.SignDelegation;
import fr.ipe.mission.domain.MissionRecords.DelegationTermJustified;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One IPE's mission, from the delegation that starts it (annex 1, step 5) to its end (step 8): its letters and yearly
 * certifications ({@link MissionLetters}), the association's reimbursement ({@link Reimbursements}), released in part by
 * an early end. Its steps follow annex 1's order ({@link AnnexOneOrder}). Where and when it is active follows
 * {@link MissionActivity}, as every consumer of its events does.
 */
@Aggregate
public class Mission {

    @AggregateIdentifier
    private String missionId;
    private String ipeId;
    private String companySiret;
    private String academie;
    private LocalDate signedOn;
    private long yearlyReimbursementCents;
    private long committedCents;
    private MissionActivity activity;
    private boolean ended;
    private final MissionLetters letters = new MissionLetters();

    protected Mission() {
        // for Axon
    }

    @CommandHandler
    public Mission(SignDelegation command) {
        DelegationRules.check(command);
        apply(new DelegationSigned(command.missionId(), command.needId(), command.ipeId(), command.companySiret(),
                command.academie(), command.secondmentConventionId(), command.startDate(), command.endDate(),
                command.signedOn()));
        if (DelegationRules.termDiffers(command)) {
            int months = command.specification().durationMonths();
            apply(new DelegationTermJustified(command.missionId(), months,
                    AnnexOneOrder.specifiedEnd(command.startDate(), months), command.termReason().strip()));
        }
        long yearly = Reimbursements.yearly(command.salaryAllowanceCentsPerYear(), command.travelCentsPerYear(),
                command.reimbursedSharePercent());
        apply(new ReimbursementCommitted(command.missionId(), command.ipeId(), command.companySiret(),
                command.academie(), command.salaryAllowanceCentsPerYear(), command.travelCentsPerYear(),
                command.reimbursedSharePercent(), yearly,
                Reimbursements.certifiable(yearly, command.startDate(), command.endDate()), command.startDate(),
                command.endDate(), command.signedOn()));
    }

    @CommandHandler
    public long handle(IssueMissionLetter command) {
        requireRunning("issue a mission letter");
        int revision = letters.check(command, activity, signedOn);
        apply(new MissionLetterIssued(missionId, academie, command.schoolYear(), revision,
                List.copyOf(command.axisCodes()), command.objectives().strip(), command.issuedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CertifyMission command) {
        ReportingPeriod certified = letters.check(command, activity);
        AnnexOneOrder.certifiedInTime(command.certifiedOn(), certified, certified.lastDay(), command.today());
        apply(new MissionCertified(missionId, ipeId, companySiret, academie, certified.label(), certified.firstDay(),
                certified.lastDay(), Reimbursements.forDays(yearlyReimbursementCents, certified.firstDay(),
                certified.lastDay()), command.certifiedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(EndMission command) {
        requireRunning("end it");
        LocalDate endedOn = command.endedOn();
        if (endedOn.isBefore(activity.firstDay()) || endedOn.isAfter(activity.lastDay())) {
            throw RuleViolation.unprocessable("end-outside-mission", "endedOn", "the mission runs from "
                    + activity.firstDay() + " to " + activity.lastDay() + "; it ends within, at term at the latest");
        }
        boolean early = endedOn.isBefore(activity.lastDay());
        if (early && (command.reason() == null || command.reason().isBlank())) {
            throw RuleViolation.unprocessable("reason-required", "reason", "an early end states its reason");
        }
        if (letters.lastCertifiedDay() != null && endedOn.isBefore(letters.lastCertifiedDay())) {
            throw RuleViolation.conflict("end-before-certified-days", "the recteur certified the activity until "
                    + letters.lastCertifiedDay() + ": the mission cannot end before");
        }
        String reason = command.reason() == null || command.reason().isBlank() ? "term" : command.reason().strip();
        apply(new MissionEnded(missionId, ipeId, academie, endedOn, early, reason));
        // the days after an early end can never be certified: release their part of the commitment (funding feed)
        long stillCertifiable = Reimbursements.certifiable(yearlyReimbursementCents, activity.firstDay(), endedOn);
        if (stillCertifiable < committedCents) {
            apply(new ReimbursementReleased(missionId, ipeId, companySiret, academie,
                    committedCents - stillCertifiable, stillCertifiable, activity.firstDay(), endedOn));
        }
        return AggregateLifecycle.getVersion();
    }

    private void requireRunning(String action) {
        if (ended) {
            throw RuleViolation.conflict("mission-ended", "mission " + missionId + " ended on " + activity.lastDay()
                    + ": cannot " + action);
        }
    }

    @EventSourcingHandler
    void on(DelegationSigned event) {
        missionId = event.missionId();
        ipeId = event.ipeId();
        companySiret = event.companySiret();
        academie = event.academie();
        signedOn = event.signedOn();
        follow(event);
    }

    @EventSourcingHandler
    void on(ReimbursementCommitted event) {
        yearlyReimbursementCents = event.yearlyReimbursementCents();
        committedCents = event.committedCents();
    }

    @EventSourcingHandler
    void on(ReimbursementReleased event) {
        committedCents = event.committedCents();
    }

    @EventSourcingHandler
    void on(MissionLetterIssued event) {
        letters.issued(event.schoolYear(), event.revision(), event.issuedOn());
    }

    @EventSourcingHandler
    void on(MissionCertified event) {
        letters.certified(event.schoolYear(), event.periodEnd());
    }

    @EventSourcingHandler
    void on(MissionEnded event) {
        ended = true;
        follow(event);
    }

    private void follow(MissionEvent event) {
        activity = MissionActivity.after(activity, event);
    }
}
