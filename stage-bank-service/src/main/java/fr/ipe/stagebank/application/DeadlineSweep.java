package fr.ipe.stagebank.application;

import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.scheduling.OncePerCluster;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.stagebank.domain.OfferCommands.ExpireOffer;
import fr.ipe.stagebank.domain.Weeks;
import fr.ipe.stagebank.query.OfferViews;
import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets the bank's deadlines take effect: every few minutes (by one instance of the cluster), each published offer whose last week has begun on the
 * business calendar expires ({@code StageOfferExpired}), so it is no longer proposed. A scheduled check rather than
 * Axon deadlines, as in the convention service: the state is in the views, nothing is lost across restarts, expiring is
 * idempotent, and the business clock a test or a demo sets drives it.
 */
@Component
public class DeadlineSweep {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

    private final OfferViews offers;
    private final CommandGateway commands;
    private final BusinessClock clock;
    private final OncePerCluster once;
    private final Duration every;

    public DeadlineSweep(OfferViews offers, CommandGateway commands, BusinessClock clock,
                         OncePerCluster once,
                         @Value("${ipe.deadlines.sweep-interval:PT5M}") Duration every) {
        this.offers = offers;
        this.commands = commands;
        this.clock = clock;
        this.once = once;
        this.every = every;
    }

    /** What a sweep did: offers expired, offers that changed meanwhile (withdrawn or expired), failures. */
    public record Outcome(LocalDate asOf, int expired, int changedMeanwhile, int failures) {
    }

    @Scheduled(fixedDelayString = "${ipe.deadlines.sweep-interval:PT5M}",
            initialDelayString = "${ipe.deadlines.first-sweep:PT30S}")
    public void scheduled() {
        once.run("stage-offer-deadline-sweep", every, () -> {
            Outcome outcome = sweep();
            if (outcome.failures() > 0) {
                log.warn("Deadline sweep as of {}: {} offer(s) could not be expired", outcome.asOf(),
                        outcome.failures());
            }
        });
    }

    public synchronized Outcome sweep() {
        LocalDate today = clock.today();
        int expired = 0;
        int changed = 0;
        int failures = 0;
        for (String offerId : offers.publishedEndingBy(Weeks.numberOfWeekOf(today))) {
            try {
                commands.sendAndWait(new ExpireOffer(offerId, today, null));
                expired++;
            } catch (RuleViolation meanwhile) {
                changed++;
                log.info("Offer {} was not expired as of {}: {}", offerId, today, meanwhile.getMessage());
            } catch (RuntimeException e) {
                failures++;
                log.error("Offer {} could not be expired as of {}", offerId, today, e);
            }
        }
        return new Outcome(today, expired, changed, failures);
    }
}
