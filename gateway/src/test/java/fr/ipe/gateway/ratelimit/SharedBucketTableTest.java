package fr.ipe.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class SharedBucketTableTest {

    @Test
    void aRequestGoesOnUnlimitedAndCountedWhenTheDatabaseCannotBeRead() throws Exception {
        DataSource database = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        when(connection.createStatement()).thenReturn(mock(Statement.class));
        when(database.getConnection()).thenReturn(connection).thenThrow(new SQLException("connection refused"));
        Counter unavailable = new SimpleMeterRegistry().counter("ipe.gateway.rate.limits.unavailable");
        SharedBucketTable table = new SharedBucketTable(database, unavailable,
                new RateLimitProperties.SharedSync(0, Duration.ZERO), 10);
        try {
            Decision decision = table.of("subject", new RateLimitProperties.Limit(2, 1, Duration.ofMinutes(1)))
                    .take("alice").block();

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.checked()).as("no RateLimit headers for a bucket not read").isFalse();
            assertThat(unavailable.count()).isEqualTo(1);
        } finally {
            table.destroy();
        }
    }
}
