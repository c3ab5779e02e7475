package fr.ipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link DashboardMetrics} reads the dashboards' queries; {@code SystemIT} checks them against the services. */
class DashboardMetricsTest {

    @Test
    void theMetricsOfAQueryAreItsSeriesNotItsFunctionsLabelsOrRanges() {
        assertThat(DashboardMetrics.metricNames("histogram_quantile(0.95, sum by (service, le) "
                + "(rate(ipe_commands_handled_seconds_bucket{service=~\"conv.*\"}[5m])))"))
                .containsExactly("ipe_commands_handled_seconds_bucket");
        assertThat(DashboardMetrics.metricNames("sum without (instance) (jvm_memory_used_bytes{area=\"heap\"}) "
                + "/ on (service) group_left sum by (service) (jvm_memory_max_bytes) > bool 0.5"))
                .containsExactly("jvm_memory_max_bytes", "jvm_memory_used_bytes");
        assertThat(DashboardMetrics.metricNames("max(ipe_views_rebuilds_active) or vector(0)"))
                .containsExactly("ipe_views_rebuilds_active");
    }

    @Test
    void theDashboardsQueryWhatTheIssueAsksOperatorsToSee() {
        assertThat(DashboardMetrics.queried(SystemIT.ROOT)).containsKeys(
                "ipe_commands_handled_seconds_count", "ipe_commands_handled_seconds_bucket",
                "spring_cloud_gateway_requests_seconds_count", "resilience4j_circuitbreaker_state",
                "ipe_gateway_rate_limited_total", "kafka_consumer_fetch_manager_records_lag",
                "ipe_dead_letters_pending", "ipe_views_rebuild_lag_events", "ipe_views_live_subscribers",
                "jvm_memory_used_bytes", "jvm_gc_pause_seconds_sum");
    }

    @Test
    void theExposedNamesAreTheSamplesOfTheTextFormat() {
        assertThat(DashboardMetrics.names(List.of("# HELP jvm_threads_live_threads live threads",
                "# TYPE jvm_threads_live_threads gauge", "jvm_threads_live_threads{service=\"gateway\"} 42.0",
                "ipe_dead_letters_pending{service=\"reporting-service\",topic=\"ipe.actions.v1\"} 0.0", "")))
                .containsExactly("ipe_dead_letters_pending", "jvm_threads_live_threads");
    }
}
