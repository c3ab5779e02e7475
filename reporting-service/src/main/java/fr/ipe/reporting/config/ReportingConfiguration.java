package fr.ipe.reporting.config;

import fr.ipe.contracts.Topics;
import fr.ipe.platform.kafka.ProjectionContainers;
import fr.ipe.reporting.query.ReportProjection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * Reporting reads every context topic (the funding feed is served by offset, not projected) and hands each event to
 * every {@link ReportProjection}: a new view is a new projection bean, nothing to register.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingConfiguration {

    static final List<String> PROJECTED_TOPICS = List.of(Topics.CONVENTIONS, Topics.MISSIONS, Topics.ACTIONS, Topics.STAGES);

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> reportingProjections(ProjectionContainers containers,
            List<ReportProjection> projections, @Value("${ipe.reporting.consumer-group}") String group) {
        return containers.create(group, PROJECTED_TOPICS, event -> projections.forEach(view -> view.project(event)));
    }
}
