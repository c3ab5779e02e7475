package fr.ipe.local.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartFailureTest {

    @TempDir
    Path logs;

    @Test
    void aServiceThatStoppedIsReportedWithTheRootCausesAtTheEndOfItsLog() throws Exception {
        Path log = logs.resolve("gateway.log");
        Files.writeString(log, """
                2026-12-05T20:01:15.873Z  INFO 15690 --- [gateway] [main] o.s.b.SpringApplication : Starting
                2026-12-05T20:01:16.291Z ERROR 15690 --- [gateway] [main] o.s.boot.SpringApplication : Application run failed
                org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean
                \tat org.springframework.beans.factory.support.ConstructorResolver.createArgumentArray(ConstructorResolver.java:804)
                Caused by: java.lang.IllegalStateException: the rate limits' table could not be created
                \tat fr.ipe.gateway.ratelimit.SharedBucketTable.createIfMissing(SharedBucketTable.java:74)
                Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint
                \t... 21 common frames omitted
                """);

        String message = StartFailure.describe("gateway", 1, log);

        assertThat(message).startsWith("gateway stopped with exit code 1; see " + log + "; its log ends with:")
                .contains("Application run failed", "Caused by: java.lang.IllegalStateException: the rate limits'",
                        "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value")
                .doesNotContain("Starting", "common frames omitted");
    }

    @Test
    void aProcessThatLeftNoLogIsReportedWithItsExitCodeAlone() {
        assertThat(StartFailure.describe("Keycloak", 137, logs.resolve("none.log")))
                .isEqualTo("Keycloak stopped with exit code 137; see " + logs.resolve("none.log"));
    }
}
