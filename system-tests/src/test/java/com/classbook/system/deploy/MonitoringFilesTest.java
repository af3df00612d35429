package com.classbook.system.deploy;

import static com.classbook.system.deploy.Monitoring.selectors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.system.deploy.Monitoring.Selector;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The alert rules and the Grafana dashboard of deploy/monitoring parse, are complete, use only
 * documented metrics and are what the production overlay deploys. (MetricsExposedIT checks that the
 * running services expose every metric they use.)
 */
class MonitoringFilesTest {

  @Test
  void selectorsAreTheMetricsNotTheFunctionsLabelsNumbersOrStrings() {
    assertEquals(
        Set.of(new Selector("http_server_requests_seconds_bucket", null)),
        selectors(
            "histogram_quantile(0.99, sum by (application, le) (rate("
                + "http_server_requests_seconds_bucket{uri!~\"/q/.*\"}[$__rate_interval])))"));
    assertEquals(
        Set.of(
            new Selector("classbook_outbox_pending", "booking-service"), new Selector("up", null)),
        selectors(
            "absent(classbook_outbox_pending{application=\"booking-service\"}) or up offset 5m > 1e3"));
    assertEquals(
        Set.of(new Selector("a_total", null), new Selector("b", null)),
        selectors("sum(rate(a_total[5m])) / on(application) group_left(x) b > bool 0.5"));
    assertEquals(
        Set.of(new Selector("x", null)),
        selectors("label_replace(x, \"dst\", \"$1\", \"src\", \"(.*)\")"));
    assertEquals(
        Set.of(new Selector("c_total", null)),
        selectors("sum without (outcome) (increase(c_total{outcome=~\"a|b\"}[1h]))"));
  }

  @Test
  void everyAlertSaysHowBadItIsWhatHappenedAndWhereToRead() throws Exception {
    String metricsDoc = Files.readString(new File(Monitoring.root(), "docs/metrics.md").toPath());
    Set<String> names = new HashSet<>();
    for (JsonNode group : Monitoring.rules().at("/spec/groups")) {
      for (JsonNode rule : group.path("rules")) {
        String alert = rule.path("alert").asText();
        assertFalse(alert.isEmpty(), "only alerting rules: " + rule);
        assertTrue(names.add(alert), alert + " twice");
        assertFalse(selectors(rule.path("expr").asText()).isEmpty(), alert + " selects metrics");
        assertTrue(rule.path("for").asText().matches("\\d+[smh]"), alert + " for");
        assertTrue(
            List.of("warning", "critical").contains(rule.at("/labels/severity").asText()),
            alert + " severity");
        assertFalse(rule.at("/annotations/summary").asText().isBlank(), alert + " summary");
        String runbook = rule.at("/annotations/runbook").asText();
        assertTrue(runbook.startsWith("docs/metrics.md#"), alert + " runbook: " + runbook);
        String anchor = runbook.substring(runbook.indexOf('#') + 1);
        assertTrue(
            metricsDoc
                .lines()
                .anyMatch(
                    line ->
                        line.startsWith("#")
                            && line.replaceFirst("^#+\\s*", "")
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9 -]", "")
                                .replace(' ', '-')
                                .equals(anchor)),
            alert + ": no heading for " + runbook);
      }
    }
    assertFalse(names.isEmpty());
  }

  @Test
  void everyDashboardPanelQueriesTheTemplatedPrometheus() {
    JsonNode dashboard = Monitoring.dashboard();
    assertEquals("classbook-overview", dashboard.path("uid").asText());
    Set<Integer> ids = new HashSet<>();
    for (JsonNode panel : dashboard.path("panels")) {
      assertTrue(ids.add(panel.path("id").asInt()), "panel id " + panel.path("id"));
      if ("row".equals(panel.path("type").asText())) {
        continue;
      }
      String title = panel.path("title").asText();
      assertEquals("${datasource}", panel.at("/datasource/uid").asText(), title);
      assertTrue(panel.path("targets").size() > 0, title + " has queries");
      for (JsonNode target : panel.path("targets")) {
        assertFalse(selectors(target.path("expr").asText()).isEmpty(), title + " selects metrics");
      }
    }
    assertTrue(Monitoring.dashboardExpressions().size() >= 10);
  }

  @Test
  void everyMetricTheyUseIsDocumented() throws Exception {
    String metricsDoc = Files.readString(new File(Monitoring.root(), "docs/metrics.md").toPath());
    Set<String> used = new TreeSet<>();
    for (Map<String, String> expressions :
        List.of(Monitoring.ruleExpressions(), Monitoring.dashboardExpressions())) {
      expressions.values().forEach(e -> selectors(e).forEach(s -> used.add(s.metric())));
    }
    Set<String> undocumented = new TreeSet<>();
    for (String metric : used) {
      String family = metric.replaceFirst("_(bucket|count|sum)$", "");
      if (!metricsDoc.contains("`" + metric) && !metricsDoc.contains("`" + family)) {
        undocumented.add(metric);
      }
    }
    assertEquals(Set.of(), undocumented, "metrics missing from docs/metrics.md");
  }

  @Test
  void theProductionOverlayDeploysTheRulesTheScrapeAndTheDashboard() throws Exception {
    List<JsonNode> docs = KustomizeManifestsTest.render("production");
    JsonNode rule = KustomizeManifestsTest.find(docs, "PrometheusRule", "classbook");
    assertEquals(Monitoring.rules().path("spec"), rule.path("spec"));
    JsonNode podMonitor = KustomizeManifestsTest.find(docs, "PodMonitor", "classbook");
    assertEquals("/q/metrics", podMonitor.at("/spec/podMetricsEndpoints/0/path").asText());
    assertEquals(
        "classbook",
        podMonitor.at("/spec/selector/matchLabels/app.kubernetes.io~1part-of").asText());
    List<String> scraped = new java.util.ArrayList<>();
    podMonitor.at("/spec/selector/matchExpressions/0/values").forEach(v -> scraped.add(v.asText()));
    assertEquals(
        List.of("identity-service", "catalog-service", "booking-service", "waitlist-service"),
        scraped,
        "the services, not the web app");
    JsonNode dashboard =
        KustomizeManifestsTest.find(docs, "ConfigMap", "classbook-grafana-dashboard");
    assertEquals("1", dashboard.at("/metadata/labels/grafana_dashboard").asText());
    assertEquals(
        Monitoring.dashboard(),
        new ObjectMapper().readTree(dashboard.at("/data/grafana-dashboard.json").asText()));
  }
}
