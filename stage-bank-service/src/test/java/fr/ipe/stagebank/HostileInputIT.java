package fr.ipe.stagebank;

import fr.ipe.testkit.hostile.HostileInputTest;
import fr.ipe.testkit.spring.IpeServiceTest;

/** Every operation of the OpenAPI document, sent hostile input (see {@link HostileInputTest}). */
@IpeServiceTest
class HostileInputIT extends HostileInputTest {
}
