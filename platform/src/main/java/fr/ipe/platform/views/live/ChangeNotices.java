package fr.ipe.platform.views.live;

import fr.ipe.platform.views.ViewChangeListener;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Live pushes across instances: the keys whose totals an instance moved are announced on a topic of the service's own
 * ({@code <consumer group>.view-changes}, one partition, kept an hour), which every instance reads from its end, and
 * each instance pushes to its own subscribers the state it reads. So a subscriber on any instance gets every change,
 * whichever instance's consumer applied it; the instance that applied it pushes at once, without waiting for its own
 * notice (which then finds nothing newer to push). A notice names a key, never a figure: every subscriber reads the
 * state, and its id, from the store.
 */
public final class ChangeNotices implements ViewChangeListener, SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeNotices.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final String topic;
    private final LiveViews live;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running = true;
    private Thread reader;

    public ChangeNotices(String topic, LiveViews live, Map<String, Object> producerProperties,
                         Map<String, Object> consumerProperties) {
        this.topic = topic;
        this.live = live;
        Map<String, Object> producer = new HashMap<>(producerProperties);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, "view-change-notices");
        producer.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer.put(ProducerConfig.ACKS_CONFIG, "1");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        this.producer = new KafkaProducer<>(producer, new StringSerializer(), new ByteArraySerializer());
        Map<String, Object> consumer = new HashMap<>(consumerProperties);
        consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, "view-change-notices-" + instance.substring(0, 8));
        this.consumer = new KafkaConsumer<>(consumer, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** This instance moved the totals of {@code key} of {@code view}: its subscribers now, the others' by notice. */
    @Override
    public void changed(String view, String key) {
        live.changed(view, key);
        try {
            producer.send(new ProducerRecord<>(topic, view + "/" + key, instance.getBytes(StandardCharsets.UTF_8)),
                    (sent, failure) -> {
                        if (failure != null) {
                            log.warn("A view change of {}/{} was not announced to the other instances: {}", view,
                                    key, failure.toString());
                        }
                    });
        } catch (RuntimeException e) {
            log.warn("A view change of {}/{} was not announced to the other instances: {}", view, key, e.toString());
        }
    }

    /** Starts reading the notices from the end of the topic, once the beans are ready. */
    @Override
    public void afterSingletonsInstantiated() {
        reader = new Thread(this::read, "view-change-notices");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        TopicPartition partition = new TopicPartition(topic, 0);
        while (running) {
            try {
                consumer.assign(List.of(partition));
                consumer.seekToEnd(List.of(partition));
                consumer.position(partition);
                while (running) {
                    List<String> keys = new ArrayList<>();
                    for (ConsumerRecord<String, byte[]> notice : consumer.poll(POLL)) {
                        if (!instance.equals(new String(notice.value(), StandardCharsets.UTF_8))) {
                            keys.add(notice.key());
                        }
                    }
                    for (String key : keys) {
                        int slash = key.indexOf('/');
                        live.changed(key.substring(0, slash), key.substring(slash + 1));
                    }
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                // the broker away: subscribers here miss the other instances' changes until it is back, then get the
                // state at the next change (each push carries the whole state)
                log.warn("Reading view change notices failed, retrying: {}", e.toString());
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        running = false;
        consumer.wakeup();
        if (reader != null) {
            try {
                reader.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        consumer.close(Duration.ofSeconds(2));
        producer.close(Duration.ofSeconds(2));
    }
}
