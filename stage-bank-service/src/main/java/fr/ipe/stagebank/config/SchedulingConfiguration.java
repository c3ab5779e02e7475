package fr.ipe.stagebank.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The deadline sweep runs on a schedule unless {@code ipe.deadlines.scheduled=false} (tests drive it themselves). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ipe.deadlines.scheduled", havingValue = "true", matchIfMissing = true)
public class SchedulingConfiguration {
}
