package fr.ipe.reporting.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import fr.ipe.contracts.Topics;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.kafka.ProjectionContainers;
import fr.ipe.reporting.api.SnapshotReads;
import fr.ipe.reporting.live.LiveViews;
import fr.ipe.reporting.query.GenerationalDatabase;
import fr.ipe.reporting.query.Rebuilds;
import fr.ipe.reporting.query.ReportProjection;
import fr.ipe.reporting.query.TopicReads;
import fr.ipe.reporting.query.ViewGenerations;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reporting reads every context topic (the funding feed is served by offset, not projected) and hands each event to
 * every {@link ReportProjection}: a new view is a new projection bean, nothing to register. Views are read and written
 * through a {@link GenerationalDatabase}, so ops can rebuild any of them into a new generation and switch.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingConfiguration {

    public static final List<String> PROJECTED_TOPICS =
            List.of(Topics.CONVENTIONS, Topics.MISSIONS, Topics.ACTIONS, Topics.STAGES);

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> reportingProjections(ProjectionContainers containers,
            List<ReportProjection> projections, @Value("${ipe.reporting.consumer-group}") String group) {
        return containers.create(group, PROJECTED_TOPICS, event -> projections.forEach(view -> view.project(event)));
    }

    /** Queries naming {@code ?snapshot=} read that snapshot (time travel); the snapshots' own API excepted. */
    @Bean
    WebMvcConfigurer snapshotReads(Rebuilds rebuilds) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new SnapshotReads(rebuilds)).addPathPatterns("/api/reports/**")
                        .excludePathPatterns("/api/reports/snapshots/**", "/api/reports/operations/**");
            }
        };
    }

    @Bean
    ViewGenerations viewGenerations(MongoClient mongo, MongoProperties properties,
                                    ObjectProvider<ReportProjection> projections) {
        return new ViewGenerations(mongo.getDatabase(properties.getMongoClientDatabase()),
                () -> projections.orderedStream().toList());
    }

    @Bean
    @Primary
    MongoDatabase generationalViewDatabase(MongoClient mongo, MongoProperties properties, ViewGenerations generations) {
        return GenerationalDatabase.over(mongo.getDatabase(properties.getMongoClientDatabase()), generations);
    }

    @Bean
    Rebuilds rebuilds(ViewGenerations generations, List<ReportProjection> projections, MongoDatabase database,
                      KafkaProperties kafka, ObjectProvider<SslBundles> ssl, CloudEventCodec codec,
                      @Qualifier("reportingProjections") ConcurrentMessageListenerContainer<String, byte[]> live,
                      LiveViews liveViews) {
        Map<String, Object> config = TopicReads.withoutGroup(kafka.buildConsumerProperties(ssl.getIfAvailable()),
                "reporting-rebuild");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new Rebuilds(generations, projections, database.getCollection("view_rebuild_locks"),
                () -> new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer()),
                PROJECTED_TOPICS, codec, live, liveViews::changedAll);
    }
}
