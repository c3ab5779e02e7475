package fr.ipe.mission.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.mission.CandidaturePreselected;
import fr.ipe.contracts.mission.CandidatureRejected;
import fr.ipe.contracts.mission.CandidatureSelected;
import fr.ipe.contracts.mission.CandidatureSubmitted;
import fr.ipe.contracts.mission.MissionSpecified;
import fr.ipe.contracts.mission.NeedPosted;
import fr.ipe.mission.domain.AnnexOneOrder.Step;
import fr.ipe.mission.domain.NeedCommands.PostNeed;
import fr.ipe.mission.domain.NeedCommands.PreselectCandidature;
import fr.ipe.mission.domain.NeedCommands.RejectCandidature;
import fr.ipe.mission.domain.NeedCommands.SelectCandidature;
import fr.ipe.mission.domain.NeedCommands.SpecifyMission;
import fr.ipe.mission.domain.NeedCommands.SubmitCandidature;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A mission need of a rectorat (or of the DGESCO): posted with its non-substitution declaration, then its candidatures
 * (rules in {@link Candidatures}) and its specification (rules in {@link NeedRules}), each dated in annex 1's order
 * ({@link AnnexOneOrder}). The delegation that fills it is a {@link Mission}.
 */
@Aggregate
public class MissionNeed {

    @AggregateIdentifier
    private String needId;
    private String academie;
    private LocalDate postedOn;
    private LocalDate specifiedOn;
    private final Candidatures candidatures = new Candidatures();

    protected MissionNeed() {
        // for Axon
    }

    @CommandHandler
    public MissionNeed(PostNeed command) {
        NeedRules.check(command);
        apply(new NeedPosted(command.needId(), command.academie(), command.title().strip(), command.profile().strip(),
                List.copyOf(command.axisCodes()), command.priorityYear(), command.priorityCode(),
                command.nonSubstitutionJustification().strip(), command.postedOn()));
    }

    @CommandHandler
    public long handle(SubmitCandidature command) {
        candidatures.requireOpenTo(command.ipeId(), command.ipeErased());
        AnnexOneOrder.follows(Step.CANDIDATURE, command.submittedOn(), "submittedOn", Step.NEED, postedOn);
        apply(new CandidatureSubmitted(needId, command.candidatureId(), command.ipeId(), command.companySiret(),
                academie, command.submittedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(PreselectCandidature command) {
        candidatures.requirePreselectable(command.candidatureId(), command.preselectedOn(), command.ipeErased());
        apply(new CandidaturePreselected(needId, command.candidatureId(), academie, command.preselectedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(SelectCandidature command) {
        candidatures.requireSelectable(command.candidatureId(), command.selectedOn(), command.ipeErased());
        apply(new CandidatureSelected(needId, command.candidatureId(), candidatures.ipeOf(command.candidatureId()),
                academie, command.selectedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RejectCandidature command) {
        candidatures.requireRejectable(command.candidatureId(), command.rejectedOn());
        apply(new CandidatureRejected(needId, command.candidatureId(), academie, command.reason().strip(),
                command.rejectedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(SpecifyMission command) {
        NeedRules.check(command, candidatures.selectedOn(), specifiedOn);
        apply(new MissionSpecified(needId, academie, command.objectives().strip(), command.calendar().strip(),
                command.means().strip(), command.durationMonths(), command.specifiedOn()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(NeedPosted event) {
        needId = event.needId();
        academie = event.academie();
        postedOn = event.postedOn();
    }

    @EventSourcingHandler
    void on(CandidatureSubmitted event) {
        candidatures.submitted(event.candidatureId(), event.ipeId(), event.submittedOn());
    }

    @EventSourcingHandler
    void on(CandidaturePreselected event) {
        candidatures.moved(event.candidatureId(), CandidatureStatus.PRESELECTED, event.preselectedOn());
    }

    @EventSourcingHandler
    void on(CandidatureSelected event) {
        candidatures.moved(event.candidatureId(), CandidatureStatus.SELECTED, event.selectedOn());
    }

    @EventSourcingHandler
    void on(CandidatureRejected event) {
        candidatures.moved(event.candidatureId(), CandidatureStatus.REJECTED, event.rejectedOn());
    }

    @EventSourcingHandler
    void on(MissionSpecified event) {
        specifiedOn = event.specifiedOn();
    }
}
