package fr.ipe.platform.views.operations;

import fr.ipe.platform.kafka.CloudEventCodec;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Where views are replayed from: the topics the live stream reads, a consumer outside any group, the codec. */
public record ReplaySource(List<String> topics, Supplier<KafkaConsumer<String, byte[]>> consumers,
                           CloudEventCodec codec) {

    public ReplaySource {
        topics = List.copyOf(topics);
    }
}
