package fr.ipe.stagebank;

import fr.ipe.testkit.http.ServiceChecks;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Until its capabilities land, the service answers health and enforces authentication like every other. */
@StageBankIT
class StageBankServiceIT {

    @LocalServerPort
    int port;

    @Test
    void isHealthyAndTurnsAwayCallersWithoutAValidToken() {
        ServiceChecks.assertHealthyAndSecured(port, "/api/stage-bank");
    }
}
