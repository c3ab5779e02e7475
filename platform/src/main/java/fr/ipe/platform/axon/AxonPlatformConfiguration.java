package fr.ipe.platform.axon;

import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.kafka.KafkaPlatformConfiguration;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;

/** For write services: the Kafka publisher over the event store, command metrics and Axon's problem bodies. */
@AutoConfiguration(after = {AxonAutoConfiguration.class, KafkaPlatformConfiguration.class})
@ConditionalOnClass({CommandBus.class, KafkaTemplate.class})
public class AxonPlatformConfiguration {

    @Bean
    KafkaPublisher kafkaPublisher(KafkaProperties kafka, CloudEventCodec codec, MeterRegistry meters,
                                  @Value("${spring.application.name}") String source) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(CloudEventSerializer.ENCODING_CONFIG, "BINARY");
        DefaultKafkaProducerFactory<String, CloudEvent> producers = new DefaultKafkaProducerFactory<>(config,
                new StringSerializer(), new CloudEventSerializer());
        producers.addListener(new MicrometerProducerListener<>(meters));
        return new KafkaPublisher(new KafkaTemplate<>(producers), codec, source, meters);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> kafkaPublisherWarmUp(KafkaPublisher publisher) {
        return ready -> {
            try {
                publisher.warmUp();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(KafkaPublisher.class).warn("Kafka publisher warm-up failed; the first send will "
                        + "open the connection", e);
            }
        };
    }

    /** A publisher failure must stop and retry the batch, never skip the event (Axon's default logs and goes on). */
    @Bean
    ConfigurerModule kafkaPublisherErrorHandling() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                KafkaPublisher.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }

    /**
     * A handler of a subscribing processor runs in the command's own unit of work and transaction (the view a command
     * answers with): its failure must fail the command, which the client then sees as a problem, instead of being
     * logged while the transaction is rolled back under a success. Tracking processors keep their own handling.
     */
    @Bean
    ConfigurerModule subscribingProcessorsPropagateErrors(EventProcessorProperties processors) {
        return configurer -> processors.getProcessors().forEach((name, settings) -> {
            if (settings.getMode() == EventProcessorProperties.Mode.SUBSCRIBING) {
                configurer.eventProcessing().registerListenerInvocationErrorHandler(name,
                        c -> PropagatingErrorHandler.instance());
            }
        });
    }

    @Bean
    CommandMetrics commandMetrics(CommandBus commandBus, MeterRegistry meters) {
        CommandMetrics metrics = new CommandMetrics(meters);
        commandBus.registerHandlerInterceptor(metrics);
        return metrics;
    }

    /** Ops' re-publication of the event store, where the service names its operations path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("ipe.operations.path")
    static class Republication {
        @Bean
        EventStoreRepublication eventStoreRepublication(org.axonframework.eventsourcing.eventstore.EventStore events,
                                                        KafkaPublisher publisher) {
            return new EventStoreRepublication(events, publisher);
        }

        @Bean
        RepublicationController republicationController(EventStoreRepublication republication) {
            return new RepublicationController(republication);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {
        @Bean
        AxonProblemAdvice axonProblemAdvice() {
            return new AxonProblemAdvice();
        }
    }
}
