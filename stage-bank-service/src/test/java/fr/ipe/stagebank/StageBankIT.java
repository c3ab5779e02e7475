package fr.ipe.stagebank;

import fr.ipe.testkit.spring.IpeServiceTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The stage bank's integration tests, on one service instance: the business clock is settable, so each test sets the
 * day its weeks are seen from, and the deadline sweep is not scheduled (the tests that need it run it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IpeServiceTest
@TestPropertySource(properties = {"ipe.business-clock.settable=true", "ipe.deadlines.scheduled=false"})
public @interface StageBankIT {
}
