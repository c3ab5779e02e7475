package fr.ipe.convention;

import fr.ipe.testkit.spring.IpeServiceTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.TestPropertySource;

/**
 * The convention service's integration tests, all on one service instance (one Spring context for the module): traced
 * as in production (the trace test reads its traceparent on the Kafka records), the business clock settable (the tests
 * that set it give it back), and the deadline sweep not scheduled (the tests that need it run it or set the clock).
 * A test that needs the service otherwise adds nothing here: it makes its own fault where the service meets it (a
 * trigger on the view's table), so no test starts a second instance.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IpeServiceTest
@AutoConfigureObservability
@TestPropertySource(properties = {"ipe.deadlines.scheduled=false", "ipe.business-clock.settable=true"})
public @interface ConventionServiceIT {
}
