package fr.ipe.reporting.bilan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.contracts.action.ActionPartners;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.security.Roles;
import fr.ipe.reporting.ReportingServiceApplication;
import fr.ipe.testkit.http.LiveSubscription;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeServiceTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two reporting instances of one consumer group on one view store, as behind a load balancer: the partitions are
 * shared between their consumers, yet a subscriber of either instance receives every change of its view, in order,
 * whichever instance applied it (the instances announce the keys they moved to each other).
 */
@IpeServiceTest
class TwoInstancesIT {

    static final ActionFigures FIGURES = new ActionFigures(1, 10, 10, 1, 1, 1, 0);

    @LocalServerPort
    int port;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    Environment environment;

    @Test
    void aSubscriberOfEitherInstanceReceivesEveryChangeWhicheverInstanceAppliedIt() throws Exception {
        // the same engines, view store and consumer group, as command-line arguments (they win over application.yml)
        java.util.List<String> same = new java.util.ArrayList<>(java.util.List.of("--server.port=0"));
        for (String property : new String[] {"spring.kafka.bootstrap-servers", "ipe.kafka.consumer-group-suffix",
            "spring.data.mongodb.uri", "spring.data.mongodb.database",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri"}) {
            same.add("--" + property + "=" + environment.getProperty(property));
        }
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ReportingServiceApplication.class)
                .run(same.toArray(String[]::new))) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            String bearer = TestTokens.get().bearer(Roles.RECTORAT, "poitiers");
            int validations = 40;
            try (LiveSubscription first = LiveSubscription.open(url(port), bearer, null);
                 LiveSubscription other = LiveSubscription.open(url(secondPort), bearer, null)) {
                assertThat(first.next(Duration.ofSeconds(10))).isNotNull();
                assertThat(other.next(Duration.ofSeconds(10))).isNotNull();
                LocalDate day = LocalDate.of(2017, 3, 6);
                try (BilanEvents events = new BilanEvents(codec)) {
                    for (int i = 0; i < validations; i++) {
                        events.sendAll(BilanEvents.validated("two-" + UUID.randomUUID(), "poitiers", "stages", day,
                                day, ActionPartners.NONE, FIGURES));
                    }
                }
                for (LiveSubscription subscriber : new LiveSubscription[] {first, other}) {
                    long lastId = -1;
                    long actions = 0;
                    while (actions < validations) {
                        LiveSubscription.Event event = subscriber.next(Duration.ofSeconds(30));
                        assertThat(event).as("pushed up to %d actions, got to %d", validations, actions).isNotNull();
                        assertThat(Long.parseLong(event.id())).isGreaterThan(lastId);
                        lastId = Long.parseLong(event.id());
                        actions = event.data().get("actions").asLong();
                    }
                }
            }
        }
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port + "/api/reports/bilans/2017/live?academie=poitiers";
    }
}
