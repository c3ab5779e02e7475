package fr.ipe.stagebank;

import fr.ipe.testkit.hostile.HostileInputTest;

/** Every operation of the OpenAPI document, sent hostile input (see {@link HostileInputTest}). */
@StageBankIT
class HostileInputIT extends HostileInputTest {
}
