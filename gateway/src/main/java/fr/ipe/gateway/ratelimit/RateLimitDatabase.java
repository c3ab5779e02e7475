package fr.ipe.gateway.ratelimit;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's database, which holds its rate limits and nothing else: only where {@code spring.datasource.url}
 * ({@code IPE_GATEWAY_DB_URL}) is set; Spring Boot's own DataSource configuration is excluded, since it would refuse to
 * start without one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(DataSourceProperties.class)
public class RateLimitDatabase {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    @Bean
    SharedBucketTable sharedBucketTable(DataSource dataSource, MeterRegistry meters, RateLimitProperties limits) {
        return new SharedBucketTable(dataSource, meters.counter("ipe.gateway.rate.limits.unavailable"),
                limits.sharedSync(), limits.maxTrackedCallers());
    }
}
