package fr.ipe.convention;

import fr.ipe.testkit.hostile.HostileInputTest;

/** Every operation of the OpenAPI document, sent hostile input (see {@link HostileInputTest}). */
@ConventionServiceIT
class HostileInputIT extends HostileInputTest {
}
