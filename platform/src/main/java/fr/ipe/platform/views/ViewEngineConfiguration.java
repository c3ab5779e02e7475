package fr.ipe.platform.views;

import com.mongodb.client.MongoDatabase;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.kafka.DeadLetterMonitoring;
import fr.ipe.platform.kafka.DeadLetters;
import fr.ipe.platform.kafka.ProjectionContainers;
import fr.ipe.platform.kafka.TopicReads;
import fr.ipe.platform.scheduling.OncePerCluster;
import fr.ipe.platform.views.live.ChangeNotices;
import fr.ipe.platform.views.live.LiveViews;
import fr.ipe.platform.views.operations.LiveFence;
import fr.ipe.platform.views.operations.RebuildMetrics;
import fr.ipe.platform.views.operations.Rebuilds;
import fr.ipe.platform.views.operations.ReplaySource;
import fr.ipe.platform.views.operations.Snapshots;
import fr.ipe.platform.views.operations.ViewOperations;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The view engine of a consumer service that names the topics it projects ({@code ipe.views.topics}): every
 * {@link ViewProjection} bean is fed by one live consumer group, can be rebuilt and snapshotted, and its totals pushed
 * live. A service adds a view by adding a projection bean.
 */
@AutoConfiguration(afterName = {"fr.ipe.platform.mongo.MongoPlatformConfiguration",
        "fr.ipe.platform.kafka.KafkaPlatformConfiguration"})
@ConditionalOnClass({MongoDatabase.class, KafkaConsumer.class, WebMvcConfigurer.class})
@ConditionalOnProperty("ipe.views.topics")
@Import({DeadLetterMonitoring.class, ViewReadsDocumentation.class})
public class ViewEngineConfiguration {

    private static final Duration PAUSE_WAIT = Duration.ofSeconds(30);

    @Bean
    ViewEngine viewEngine(MongoDatabase database, List<ViewProjection> projections) {
        ViewEngine engine = new ViewEngine(database, projections);
        engine.start();
        return engine;
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> viewProjections(ProjectionContainers containers,
            ViewEngine engine, @Value("${ipe.views.topics}") List<String> topics,
            @Value("${ipe.views.consumer-group}") String group) {
        return containers.createBatch(group, topics, engine::projectAll);
    }

    @Bean
    LiveViews liveViews(ViewEngine engine, MeterRegistry meters,
                        @Value("${ipe.views.live.timeout:PT30M}") Duration timeout,
                        @Value("${ipe.views.live.heartbeat:PT15S}") Duration heartbeat) {
        return new LiveViews(engine, meters, timeout, heartbeat);
    }

    /** The topic on which instances announce the keys they moved (see {@link ChangeNotices}). */
    @Bean
    KafkaAdmin.NewTopics viewChangeNoticesTopic(@Value("${ipe.views.consumer-group}") String group) {
        return new KafkaAdmin.NewTopics(new NewTopic(group + ".view-changes", 1, (short) -1)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "3600000")));
    }

    /** Every instance's subscribers hear every change, whichever instance applied it. */
    @Bean
    ChangeNotices viewChangeNotices(ViewEngine engine, LiveViews live, KafkaProperties kafka,
                                    ObjectProvider<SslBundles> ssl, @Value("${ipe.views.consumer-group}") String group) {
        ChangeNotices notices = new ChangeNotices(group + ".view-changes", live,
                kafka.buildProducerProperties(ssl.getIfAvailable()), kafka.buildConsumerProperties(ssl.getIfAvailable()));
        engine.listen(notices);
        return notices;
    }

    /** The messages the projections could not process, for ops to redrive or discard. */
    @Bean
    DeadLetters deadLetters(KafkaProperties kafka, ObjectProvider<SslBundles> ssl, MongoDatabase database,
                            @Value("${ipe.views.topics}") List<String> topics) {
        return new DeadLetters(kafka, ssl, database, topics);
    }

    @Bean
    ViewOperations viewOperations(MongoDatabase database) {
        return new ViewOperations(database);
    }

    @Bean
    ReplaySource replaySource(KafkaProperties kafka, ObjectProvider<SslBundles> ssl, CloudEventCodec codec,
                              @Value("${ipe.views.topics}") List<String> topics,
                              @Value("${ipe.views.replay.max-poll-records:5000}") int maxPollRecords) {
        Map<String, Object> config = TopicReads.withoutGroup(kafka.buildConsumerProperties(ssl.getIfAvailable()),
                "view-replay");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        return new ReplaySource(topics,
                () -> new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer()), codec);
    }

    @Bean
    Rebuilds rebuilds(ViewEngine engine, ViewOperations operations, ReplaySource source, LiveViews live,
                      MongoDatabase database,
                      @Qualifier("viewProjections") ConcurrentMessageListenerContainer<String, byte[]> consumer) {
        return new Rebuilds(engine, operations, source, fence(consumer), live::changedAll, database);
    }

    @Bean
    RebuildMetrics rebuildMetrics(Rebuilds rebuilds) {
        return new RebuildMetrics(rebuilds);
    }

    @Bean
    Snapshots snapshots(ViewEngine engine, ViewOperations operations, ReplaySource source) {
        return new Snapshots(engine, operations, source);
    }

    @Bean
    WebMvcConfigurer viewReadsResolver(ViewEngine engine, Snapshots snapshots) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ViewReadsResolver(engine, snapshots));
            }

            /**
             * A refusal of a live stream (404, 403, 422) is a problem body: the stream's {@code text/event-stream} must
             * not stop the problem's JSON from being written.
             */
            @Override
            public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
                resolvers.add(0, (request, response, handler, failure) -> {
                    request.removeAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
                    return null;
                });
            }
        };
    }

    @Bean
    ViewMaintenance viewMaintenance(Rebuilds rebuilds, ViewEngine engine, OncePerCluster once) {
        return new ViewMaintenance(rebuilds, engine::pruneJournals, once);
    }

    private static LiveFence fence(MessageListenerContainer live) {
        return new LiveFence() {
            @Override
            public void pause() {
                live.pause();
                long deadline = System.nanoTime() + PAUSE_WAIT.toNanos();
                while (!live.isContainerPaused() && live.isRunning()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the live stream did not pause within " + PAUSE_WAIT);
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while pausing the live stream", e);
                    }
                }
            }

            @Override
            public void resume() {
                live.resume();
            }
        };
    }
}
