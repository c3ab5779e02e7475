package fr.ipe.testkit.engines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Features;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one node), running inside this JVM from the Apache
 * Kafka artifacts. Its log directory is formatted once and kept, so messages survive a restart.
 */
public final class KraftBroker implements AutoCloseable {

    private static final String CLUSTER_ID = "aXBlLXBsYXRmb3JtLTAx";

    private final KafkaRaftServer server;
    private final int port;

    private KraftBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a broker listening on {@code port} (and {@code controllerPort}) with its data in {@code dataDir}. */
    public static KraftBroker start(Path dataDir, int port, int controllerPort) throws Exception {
        Files.createDirectories(dataDir);
        String logDir = dataDir.toAbsolutePath().toString();
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", logDir);
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "false");
        config.put("num.partitions", "1");
        config.put("log.flush.interval.messages", "1");
        config.put("log.retention.ms", "-1");
        KafkaConfig kafkaConfig = KafkaConfig.fromProps(config, false);
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            new Formatter().setNodeId(1).setClusterId(CLUSTER_ID).addDirectory(logDir).setMetadataLogDirectory(logDir)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION).setControllerListenerName("CONTROLLER")
                    .setSupportedFeatures(Features.PRODUCTION_FEATURES).setIgnoreFormatted(true)
                    .setPrintStream(System.out).run();
        }
        KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
        server.startup();
        return new KraftBroker(server, port);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
