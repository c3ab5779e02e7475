package fr.ipe.stagebank;

import fr.ipe.testkit.architecture.ServiceArchitectureTest;

/** The service's production classes keep the platform layout (see {@link ServiceArchitectureTest}). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("fr.ipe.stagebank");
    }
}
