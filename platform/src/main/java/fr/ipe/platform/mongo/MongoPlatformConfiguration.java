package fr.ipe.platform.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;

/** Only in services configured with a view store (spring.data.mongodb.uri): the view store's database and its health check, for services that read MongoDB through the plain driver. */
@AutoConfiguration(after = MongoAutoConfiguration.class)
@ConditionalOnClass(MongoClient.class)
@ConditionalOnProperty("spring.data.mongodb.uri")
public class MongoPlatformConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MongoDatabase viewDatabase(MongoClient mongo, MongoProperties properties) {
        return mongo.getDatabase(properties.getMongoClientDatabase());
    }

    @Bean(name = "mongoHealthIndicator")
    MongoHealthIndicator mongo(MongoClient mongo, MongoProperties properties) {
        return new MongoHealthIndicator(mongo, properties.getMongoClientDatabase());
    }
}
