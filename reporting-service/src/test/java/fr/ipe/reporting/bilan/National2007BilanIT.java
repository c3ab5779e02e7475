package fr.ipe.reporting.bilan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeServiceTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The national 2007 bilan built from events (2 008 validated actions and 56 missions, published to Kafka as the write
 * services publish them) equals the source table line by line. Only this test uses the civil year 2007.
 */
@IpeServiceTest
class National2007BilanIT {

    @LocalServerPort
    int port;
    @Autowired
    CloudEventCodec codec;

    @Test
    void theNationalBilanOf2007EqualsTheSourceTable() {
        try (BilanEvents events = new BilanEvents(codec)) {
            for (int i = 0; i < Bilan2007.ACTIONS; i++) {
                var history = Bilan2007.action("t2007", i);
                for (int s = 0; s < history.size(); s++) {
                    events.send(history.get(s), s);
                }
            }
            Bilan2007.missions("t2007").forEach(mission -> events.send(mission, 0));
            events.flush();
        }
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String national = TestTokens.get().bearer(Roles.NATIONAL);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode b = api.get("/api/reports/bilans/2007", national).body();
            return b.get("actions").asLong() == 2008 && b.get("ipeHeadcount").asLong() == 56;
        });
        JsonNode bilan = api.get("/api/reports/bilans/2007", national).body();

        assertThat(bilan.get("ipeFullTimeEquivalentRounded").asLong()).as("IPE, as the table printed it").isEqualTo(53);
        assertThat(bilan.get("ipeFullTimeEquivalent").decimalValue()).isEqualByComparingTo("53.3");
        assertThat(bilan.get("monthsOfActivity").decimalValue()).isEqualByComparingTo("639.8");
        assertThat(bilan.get("actions").asLong()).isEqualTo(2008);
        assertThat(bilan.get("nationalActions").asLong()).isEqualTo(Bilan2007.NATIONAL_ACTIONS);
        assertThat(bilan.get("etablissements").asLong()).isEqualTo(6025);
        assertThat(bilan.get("youngPeople").asLong()).isEqualTo(222_471);
        assertThat(bilan.get("girls").asLong()).isEqualTo(105_607);
        assertThat(bilan.get("boys").asLong()).isEqualTo(116_864);
        assertThat(bilan.get("staff").asLong()).isEqualTo(30_974);
        assertThat(bilan.get("staffWomen").asLong()).isEqualTo(11_091);
        assertThat(bilan.get("staffMen").asLong()).isEqualTo(19_883);
        assertThat(bilan.get("companies").asLong()).isEqualTo(3_533);
        assertThat(bilan.get("professionalOrganisations").asLong()).isEqualTo(444);
        Map<String, Integer> byTheme = new HashMap<>();
        bilan.get("actionsByTheme").forEach(line -> byTheme.put(line.get("theme").asText(), line.get("actions").asInt()));
        assertThat(byTheme).isEqualTo(Bilan2007.THEMES);
        assertThat(bilan.get("academiesReported")).hasSize(24);

        // the national bilan is not the sum of the académies': national actions and the shared UAI count once
        long sumOfAcademies = 0;
        long etablissementsOfAcademies = 0;
        for (String academie : Bilan2007.ACADEMIES) {
            JsonNode own = api.get("/api/reports/bilans/2007?academie=" + academie, national).body();
            sumOfAcademies += own.get("actions").asLong();
            etablissementsOfAcademies += own.get("etablissements").asLong();
        }
        assertThat(sumOfAcademies).isEqualTo(2008 - Bilan2007.NATIONAL_ACTIONS);
        assertThat(etablissementsOfAcademies).isGreaterThan(6025 - 40 * 4);

        var csv = api.get("/api/reports/bilans/2007/csv", national);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains("actions,,2008").contains("months-of-activity,,639.8")
                .contains("actions-by-theme,stages,175");
        var pdf = api.get("/api/reports/bilans/2007/pdf", national);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.text()).startsWith("%PDF");
        var chart = api.get("/api/reports/bilans/2007/comparison/chart", national);
        assertThat(chart.header("Content-Type")).isEqualTo("image/png");
        assertThat(chart.text()).contains("PNG");
        var comparison = api.get("/api/reports/bilans/2007/comparison", national).body();
        assertThat(comparison.get("previousPeriod").asText()).isEqualTo("2006");
        assertThat(List.of(comparison.get("lines").get(2).get("current").asInt())).containsExactly(2008);
    }
}
