package fr.ipe.reporting.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ipe.contracts.Topics;

import fr.ipe.testkit.engines.FreePorts;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** With no broker to answer, the feed fails fast and the API says 503 rather than 500. */
class FundingFeedUnavailableTest {

    FundingFeed feed;

    @BeforeEach
    void setUp() {
        feed = new FundingFeed(Map.of("bootstrap.servers", "127.0.0.1:" + FreePorts.next()), Topics.FUNDING,
                Duration.ofSeconds(1));
    }

    @AfterEach
    void tearDown() {
        feed.destroy();
    }

    @Test
    void anUnreachableBrokerIsUnavailableWithinTheTimeBound() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> feed.read(null, 10)).isInstanceOf(FundingFeed.UnavailableException.class);
        assertThatThrownBy(() -> feed.read(41L, 10)).isInstanceOf(FundingFeed.UnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theApiAnswers503FeedUnavailable() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new FundingFeedController(feed)).build();
        mvc.perform(get("/api/reports/funding").param("after", "12"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.rule").value("feed-unavailable"));
        mvc.perform(get("/api/reports/funding").param("after", "9223372036854775808"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("after"))
                .andExpect(jsonPath("$.rule").value("invalid-cursor"));
    }
}
