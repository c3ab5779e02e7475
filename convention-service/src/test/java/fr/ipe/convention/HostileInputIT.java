package fr.ipe.convention;

import fr.ipe.testkit.hostile.HostileInputTest;
import fr.ipe.testkit.spring.IpeServiceTest;
import org.springframework.test.context.TestPropertySource;

/** Every operation of the OpenAPI document, sent hostile input (see {@link HostileInputTest}). */
@IpeServiceTest
@TestPropertySource(properties = "ipe.deadlines.scheduled=false")
class HostileInputIT extends HostileInputTest {
}
