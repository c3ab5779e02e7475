package fr.ipe.convention.config;

import fr.ipe.convention.query.ConventionView;
import fr.ipe.convention.query.ConventionViewRepository;
import fr.ipe.platform.application.ExistingAggregates;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases' one way to an existing convention: platform's {@link ExistingAggregates} over the convention view. */
@Configuration(proxyBeanMethods = false)
public class ConventionsConfiguration {

    @Bean
    ExistingAggregates<ConventionView> conventions(CommandGateway commands, ConventionViewRepository views) {
        return new ExistingAggregates<>("convention", commands, views::find);
    }
}
