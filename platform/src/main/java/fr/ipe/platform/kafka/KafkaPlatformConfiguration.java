package fr.ipe.platform.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;

/** Topics, CloudEvents codec, projection containers and the Kafka health check for any service using Kafka. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@ConditionalOnProperty("spring.kafka.bootstrap-servers")
public class KafkaPlatformConfiguration {

    /** Every topic of the published language and its dead-letter topic, kept forever: Kafka is the replay source. */
    @Bean
    KafkaAdmin.NewTopics ipeTopics(@Value("${ipe.kafka.replication-factor:1}") short replicationFactor) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            for (String name : List.of(topic, Topics.deadLetter(topic))) {
                topics.add(new NewTopic(name, Topics.partitions(topic), replicationFactor)
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1")));
            }
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnMissingBean
    CloudEventCodec cloudEventCodec(ObjectMapper json) {
        return new CloudEventCodec(json);
    }

    @Bean
    @ConditionalOnMissingBean
    ProjectionContainers projectionContainers(KafkaProperties kafka, CloudEventCodec codec, MeterRegistry meters) {
        DefaultKafkaConsumerFactory<String, byte[]> consumers = new DefaultKafkaConsumerFactory<>(
                kafka.buildConsumerProperties(), new StringDeserializer(), new ByteArrayDeserializer());
        consumers.addListener(new MicrometerConsumerListener<>(meters));
        DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(
                kafka.buildProducerProperties(), new StringSerializer(), new ByteArraySerializer());
        producers.addListener(new MicrometerProducerListener<>(meters));
        return new ProjectionContainers(consumers, new KafkaTemplate<>(producers), codec);
    }

    @Bean(destroyMethod = "close")
    Admin kafkaHealthAdmin(KafkaAdmin admin) {
        Map<String, Object> config = new java.util.HashMap<>(admin.getConfigurationProperties());
        config.put("client.id", "health-check");
        return Admin.create(config);
    }

    @Bean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafka(Admin kafkaHealthAdmin) {
        return new KafkaHealthIndicator(kafkaHealthAdmin);
    }
}
