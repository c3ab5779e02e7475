package fr.ipe.action.config;

import fr.ipe.action.query.ActionView;
import fr.ipe.action.query.ActionViewRepository;
import fr.ipe.platform.application.ExistingAggregates;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases' one way to an existing action: platform's {@link ExistingAggregates} over the action view. */
@Configuration(proxyBeanMethods = false)
public class ActionsConfiguration {

    @Bean
    ExistingAggregates<ActionView> actions(CommandGateway commands, ActionViewRepository views) {
        return new ExistingAggregates<>("action", commands, views::find);
    }
}
