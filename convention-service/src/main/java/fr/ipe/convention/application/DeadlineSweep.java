package fr.ipe.convention.application;

import fr.ipe.convention.domain.LifecycleCommands.EvaluateDeadlines;
import fr.ipe.convention.query.ConventionViewRepository;
import fr.ipe.platform.scheduling.OncePerCluster;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.platform.time.BusinessDateSweep;
import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The clock's way into the domain, as the other use cases are the users': lets deadlines take effect (entry into
 * force, tacit renewal or lapse at each anniversary, end of term, a termination's effect): every few minutes (by one
 * instance of the cluster), on demand, and as soon as ops set the business date, each convention that may still have
 * one (read from the view) is asked to evaluate its deadlines up to the business clock's today; the convention decides.
 * A scheduled check rather than Axon deadlines: the state lives in the event store, so nothing is lost across
 * restarts, the command is idempotent, and the business clock a test or a demo sets drives it. The sweep on demand
 * runs on the instance asked, lock or not: ops need its outcome on the date they set, and a sweep run twice is only
 * idempotent commands sent twice.
 */
@Component
public class DeadlineSweep implements BusinessDateSweep {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

    private final ConventionViewRepository views;
    private final CommandGateway commands;
    private final BusinessClock clock;
    private final OncePerCluster once;
    private final Duration every;

    public DeadlineSweep(ConventionViewRepository views, CommandGateway commands, BusinessClock clock,
                         OncePerCluster once,
                         @Value("${ipe.deadlines.sweep-interval:PT5M}") Duration every) {
        this.views = views;
        this.commands = commands;
        this.clock = clock;
        this.once = once;
        this.every = every;
    }

    /** What a sweep did. */
    public record Outcome(LocalDate asOf, int conventionsChecked, int failures) {
    }

    @Scheduled(fixedDelayString = "${ipe.deadlines.sweep-interval:PT5M}", initialDelayString = "${ipe.deadlines.first-sweep:PT30S}")
    public void scheduled() {
        once.run("convention-deadline-sweep", every, () -> {
            Outcome outcome = sweep();
            if (outcome.failures() > 0) {
                log.warn("Deadline sweep as of {}: {} of {} conventions failed", outcome.asOf(), outcome.failures(),
                        outcome.conventionsChecked());
            }
        });
    }

    /** Ops set the business date (the platform's business clock operation): deadlines up to it take effect now. */
    @Override
    public BusinessDateSweep.Outcome sweepToToday() {
        Outcome outcome = sweep();
        return new BusinessDateSweep.Outcome(outcome.conventionsChecked(), outcome.failures());
    }

    public synchronized Outcome sweep() {
        LocalDate today = clock.today();
        int checked = 0;
        int failures = 0;
        for (String conventionId : views.withDeadlinesAhead()) {
            checked++;
            try {
                commands.sendAndWait(new EvaluateDeadlines(conventionId, today));
            } catch (RuntimeException e) {
                failures++;
                log.error("Deadlines of convention {} could not be evaluated as of {}", conventionId, today, e);
            }
        }
        return new Outcome(today, checked, failures);
    }
}
