package fr.ipe.mission;

import fr.ipe.testkit.http.ServiceChecks;
import fr.ipe.testkit.spring.IpeWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Until its capabilities land, the service answers health and enforces authentication like every other. */
@IpeWebTest
class MissionServiceIT {

    @LocalServerPort
    int port;

    @Test
    void isHealthyAndTurnsAwayCallersWithoutAValidToken() {
        ServiceChecks.assertHealthyAndSecured(port, "/api/missions");
    }
}
