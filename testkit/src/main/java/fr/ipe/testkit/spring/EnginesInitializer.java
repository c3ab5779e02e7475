package fr.ipe.testkit.spring;

import fr.ipe.testkit.engines.Engines;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Points a service under test at the shared engines, with a PostgreSQL database, a MongoDB database and consumer
 * groups of its own, and at the test token issuer.
 */
public class EnginesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Engines engines = Engines.get();
        Engines.usedBy(context);
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.kafka.bootstrap-servers", engines.kafkaBootstrapServers());
        properties.put("ipe.kafka.consumer-group-suffix", "-" + run);
        ClassLoader loader = context.getClassLoader();
        if (ClassUtils.isPresent("org.postgresql.Driver", loader)) {
            properties.put("spring.datasource.url", engines.newDatabase("test_" + run));
            properties.put("spring.datasource.username", engines.postgresUser());
            properties.put("spring.datasource.password", engines.postgresPassword());
        }
        if (ClassUtils.isPresent("com.mongodb.client.MongoClient", loader)) {
            properties.put("spring.data.mongodb.uri", engines.mongoUri());
            properties.put("spring.data.mongodb.database", "test_" + run);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ipe-test-engines", properties));
        new TokensInitializer().initialize(context);
    }
}
