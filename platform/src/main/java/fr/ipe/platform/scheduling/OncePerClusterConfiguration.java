package fr.ipe.platform.scheduling;

import com.mongodb.client.MongoDatabase;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link OncePerCluster} over the engine the service has: its PostgreSQL event store (the table {@code shedlock},
 * created by the platform's migration {@code V4__shedlock.sql}, times read from the database so instances' clocks may
 * differ), else reporting's MongoDB. Only where the platform's migrations run (Flyway on the classpath): the gateway's
 * database holds its rate limits and nothing else.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        afterName = "fr.ipe.platform.mongo.MongoPlatformConfiguration")
@Import({OncePerClusterConfiguration.OverPostgres.class, OncePerClusterConfiguration.OverMongo.class})
public class OncePerClusterConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(value = {JdbcTemplate.class, DataSource.class}, name = "org.flywaydb.core.Flyway")
    @ConditionalOnSingleCandidate(DataSource.class)
    static class OverPostgres {
        @Bean
        OncePerCluster oncePerCluster(DataSource dataSource) {
            return new OncePerCluster(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                    .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoDatabase.class)
    @ConditionalOnBean(MongoDatabase.class)
    @ConditionalOnMissingBean(DataSource.class)
    static class OverMongo {
        @Bean
        OncePerCluster oncePerCluster(MongoDatabase database) {
            return new OncePerCluster(new MongoLockProvider(database));
        }
    }
}
