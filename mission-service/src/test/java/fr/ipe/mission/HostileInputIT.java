package fr.ipe.mission;

import fr.ipe.testkit.hostile.HostileInputTest;
import fr.ipe.testkit.spring.IpeWebTest;

/** Every operation of the OpenAPI document, sent hostile input (see {@link HostileInputTest}). */
@IpeWebTest
class HostileInputIT extends HostileInputTest {
}
