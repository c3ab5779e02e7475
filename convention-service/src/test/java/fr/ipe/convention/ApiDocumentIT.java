package fr.ipe.convention;

import fr.ipe.testkit.openapi.OpenApiQuality;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service's API document is complete enough for a front-end team: see {@link OpenApiQuality}. */
@ConventionServiceIT
class ApiDocumentIT {

    @LocalServerPort
    int port;

    @Test
    void documentsEveryOperationItsExamplesAndItsErrors() {
        OpenApiQuality.assertServiceDocumented(port);
    }
}
