package fr.ipe.platform.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Ops must see a parked message without looking for it: the gauge {@code ipe_dead_letters_pending{topic}} and the
 * health indicator {@code deadLetters}, whose status is {@code DEAD_LETTERS} (answered 200, outside readiness: the
 * service still works) while any is pending. Counted every {@code ipe.views.dead-letters.refresh}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class DeadLetterMonitoring {

    public static final Status PENDING = new Status("DEAD_LETTERS", "messages wait on a dead-letter topic");
    private static final Logger log = LoggerFactory.getLogger(DeadLetterMonitoring.class);

    private final DeadLetters deadLetters;
    private final Map<String, Long> pending = new ConcurrentHashMap<>();

    public DeadLetterMonitoring(DeadLetters deadLetters, MeterRegistry meters) {
        this.deadLetters = deadLetters;
        for (String topic : deadLetters.topics()) {
            pending.put(topic, 0L);
            Gauge.builder("ipe.dead.letters.pending", pending, p -> p.getOrDefault(topic, 0L))
                    .tag("topic", topic).description("Dead letters neither redriven nor discarded").register(meters);
        }
    }

    @Scheduled(fixedDelayString = "${ipe.views.dead-letters.refresh:PT30S}", initialDelayString = "PT5S")
    public void count() {
        for (String topic : deadLetters.topics()) {
            try {
                pending.put(topic, deadLetters.pending(topic));
            } catch (RuntimeException e) {
                log.warn("Dead letters of {} could not be counted: {}", topic, e.toString());
            }
        }
    }

    @Bean
    HealthIndicator deadLettersHealthIndicator() {
        return () -> {
            long total = pending.values().stream().mapToLong(Long::longValue).sum();
            return (total == 0 ? Health.up() : Health.status(PENDING)).withDetails(Map.copyOf(pending)).build();
        };
    }
}
