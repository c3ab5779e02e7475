package fr.ipe.convention;

import fr.ipe.testkit.openapi.OpenApiQuality;
import fr.ipe.testkit.spring.IpeServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The service's API document is complete enough for a front-end team: see {@link OpenApiQuality}. */
@IpeServiceTest
@TestPropertySource(properties = "ipe.deadlines.scheduled=false")
class ApiDocumentIT {

    @LocalServerPort
    int port;

    @Test
    void documentsEveryOperationItsExamplesAndItsErrors() {
        OpenApiQuality.assertServiceDocumented(port);
    }
}
