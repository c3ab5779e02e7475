package fr.ipe.stagebank.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.stage.StageNeedClosed;
import fr.ipe.contracts.stage.StageNeedStated;
import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.stagebank.domain.NeedCommands.CloseNeed;
import fr.ipe.stagebank.domain.NeedCommands.StateNeed;
import java.util.SortedSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An établissement's need: how many pupils of a level and speciality need a stage in which weeks (one at least still
 * to come), with which objectives (the needs analysis the 2008 cahier des charges asks of priority schools). The bank
 * complements the school's own search, so a need may be met partly; the placements made for it are counted by the
 * offers.
 */
@Aggregate
public class StageNeed {

    /** Pupils of one need: a class or a few; beyond, it is several needs. */
    static final int MAX_PUPILS = 400;

    @AggregateIdentifier
    private String needId;
    private String academie;
    private boolean closed;

    protected StageNeed() {
        // for Axon
    }

    @CommandHandler
    public StageNeed(StateNeed command) {
        if (command.level() == null) {
            throw RuleViolation.unprocessable("level-required", "level", "a need is for one level");
        }
        if (command.pupils() < 1 || command.pupils() > MAX_PUPILS) {
            throw RuleViolation.unprocessable("pupils", "pupils", "a need is for 1 to " + MAX_PUPILS + " pupils");
        }
        SortedSet<StageWeek> weeks = Weeks.parse("weeks", command.weeks());
        Weeks.requireSomeAhead("weeks", weeks, command.statedOn());
        apply(new StageNeedStated(command.needId(), command.academie(), command.uai(), command.bassin(),
                command.level(), command.speciality() == null ? null : command.speciality().strip(), command.pupils(),
                Weeks.written(weeks),
                command.objectives() == null ? null : command.objectives().strip(), command.statedOn()));
    }

    @CommandHandler
    public long handle(CloseNeed command) {
        if (closed) {
            throw RuleViolation.conflict("need-closed", "the need is already closed");
        }
        apply(new StageNeedClosed(needId, academie, command.closedOn(), command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(StageNeedStated event) {
        needId = event.needId();
        academie = event.academie();
    }

    @EventSourcingHandler
    void on(StageNeedClosed event) {
        closed = true;
    }
}
