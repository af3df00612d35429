package com.classbook.system.deploy;

import static com.classbook.system.support.Suite.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.system.deploy.Monitoring.Selector;
import com.classbook.system.support.Poll;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * After a booking, a refusal, a waitlist join, a cancellation and the promotion it causes, every
 * metric the alert rules and the Grafana dashboard of deploy/monitoring select is on the services'
 * /q/metrics: the one service a selector names ({@code application="..."}), every service for the
 * platform's metrics, some service for the others. And the business counters counted the traffic.
 */
class MetricsExposedIT {

  private static final List<String> SERVICES =
      List.of("identity-service", "catalog-service", "booking-service", "waitlist-service");

  /** What the platform gives every service: outbox, dependencies, HTTP, Kafka consumers. */
  private static final Set<String> EVERY_SERVICE =
      Set.of(
          "classbook_outbox_pending",
          "classbook_outbox_oldest_pending_age_seconds",
          "classbook_outbox_published_total",
          "classbook_dependency_up",
          "http_server_requests_seconds_bucket",
          "http_server_requests_seconds_count",
          "kafka_consumer_fetch_manager_records_lag");

  @Test
  void theAlertsAndTheDashboardSelectOnlyMetricsTheServicesExpose() {
    Map<String, Exposition> before = scrapeAll();
    traffic();

    Map<String, String> expressions = new LinkedHashMap<>(Monitoring.ruleExpressions());
    expressions.putAll(Monitoring.dashboardExpressions());
    // Micrometer binds a Kafka consumer's per-partition metrics (the lag among them) at its
    // refresh,
    // once a minute: a suite that just started has them within about a minute.
    Poll.until(
        "every selected metric exposed",
        Duration.ofSeconds(150),
        () -> missing(expressions, scrapeAll()),
        List::isEmpty);

    Map<String, Exposition> after = scrapeAll();
    Exposition bookingBefore = before.get("booking-service");
    Exposition booking = after.get("booking-service");
    Exposition waitlist = after.get("waitlist-service");
    Exposition waitlistBefore = before.get("waitlist-service");
    assertTrue(
        booking.sum("classbook_bookings_total", "outcome=\"confirmed\"")
            >= bookingBefore.sum("classbook_bookings_total", "outcome=\"confirmed\"") + 1);
    assertTrue(
        booking.sum("classbook_bookings_total", "outcome=\"class_full\"")
            >= bookingBefore.sum("classbook_bookings_total", "outcome=\"class_full\"") + 1);
    assertTrue(
        booking.sum("classbook_booking_cancellations_total", "refunded=\"true\"")
            >= bookingBefore.sum("classbook_booking_cancellations_total", "refunded=\"true\"") + 1);
    assertTrue(
        waitlist.sum("classbook_waitlist_joins_total", "outcome=\"joined\"")
            >= waitlistBefore.sum("classbook_waitlist_joins_total", "outcome=\"joined\"") + 1);
    assertTrue(
        waitlist.sum("classbook_waitlist_entries_ended_total", "status=\"promoted\"")
            >= waitlistBefore.sum("classbook_waitlist_entries_ended_total", "status=\"promoted\"")
                + 1);
  }

  /** Requests to all four services, and a decision of each kind the counters count. */
  private static void traffic() {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", 5, 30);
    Member seated = Suite.newMember("SG");
    Member waiting = Suite.newMember("SG");
    Suite.buy(seated, packageId);
    Suite.buy(waiting, packageId);
    String classId = Suite.createClass(admin, "SG", Instant.now().plus(3, ChronoUnit.DAYS), 1, 1);

    String booking = Suite.book(seated, classId).then().statusCode(201).extract().path("id");
    as(waiting.token())
        .body(Map.of("classId", classId))
        .post("/api/v1/bookings")
        .then()
        .statusCode(409)
        .body("code", equalTo("CLASS_FULL"));
    String entry =
        Poll.until(
                "class known to waitlist",
                Duration.ofSeconds(30),
                () -> as(waiting.token()).body(Map.of("classId", classId)).post("/api/v1/waitlist"),
                r -> r.statusCode() != 404)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(seated.token())
        .post("/api/v1/bookings/" + booking + "/cancel")
        .then()
        .statusCode(200)
        .body("refunded", equalTo(true));
    Poll.until(
        "the waiting member promoted",
        Duration.ofSeconds(60),
        () ->
            as(waiting.token())
                .get("/api/v1/me/waitlist")
                .then()
                .extract()
                .<String>path("items.find { it.id == '" + entry + "' }.status"),
        "PROMOTED"::equals);
  }

  /** The selectors whose metric is not where it must be, with the reason. */
  private static List<String> missing(
      Map<String, String> expressions, Map<String, Exposition> scraped) {
    List<String> missing = new ArrayList<>();
    for (var expression : expressions.entrySet()) {
      for (Selector selector : Monitoring.selectors(expression.getValue())) {
        String metric = selector.metric();
        List<String> where =
            selector.application() != null
                ? List.of(selector.application())
                : EVERY_SERVICE.contains(metric) ? SERVICES : List.of();
        if (where.isEmpty()
            && scraped.values().stream().noneMatch(e -> e.has(metric, "application=\""))) {
          missing.add(expression.getKey() + ": " + metric + " on no service");
        }
        for (String service : where) {
          Exposition exposition = scraped.get(service);
          if (exposition == null || !exposition.has(metric, "application=\"" + service + "\"")) {
            missing.add(expression.getKey() + ": " + metric + " not on " + service);
          }
        }
      }
    }
    return missing;
  }

  /**
   * Every instance of each service (requests go round robin, so one instance's counters tell only
   * part of it): their expositions together, as a Prometheus query sums them.
   */
  private static Map<String, Exposition> scrapeAll() {
    Map<String, Exposition> scraped = new LinkedHashMap<>();
    for (String service : SERVICES) {
      StringBuilder text = new StringBuilder();
      for (int port : Suite.instancePorts(service.replace("-service", ""))) {
        text.append(
                given()
                    .baseUri("http://127.0.0.1:" + port)
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString())
            .append('\n');
      }
      scraped.put(service, new Exposition(text.toString()));
    }
    return scraped;
  }

  /**
   * One service's Prometheus text exposition: each sample's name (a histogram's {@code _bucket},
   * {@code _count} and {@code _sum} are names of their own) with its labels and value.
   */
  record Exposition(Map<String, List<String[]>> samples) {
    Exposition(String text) {
      this(parse(text));
    }

    private static Map<String, List<String[]>> parse(String text) {
      Map<String, List<String[]>> samples = new LinkedHashMap<>();
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int labels = line.indexOf('{');
        int space = line.lastIndexOf(' ');
        int nameEnd = labels >= 0 && labels < space ? labels : line.indexOf(' ');
        String name = line.substring(0, nameEnd);
        String labelText = labels >= 0 ? line.substring(labels, line.lastIndexOf('}') + 1) : "";
        samples
            .computeIfAbsent(name, n -> new ArrayList<>())
            .add(new String[] {labelText, line.substring(space + 1)});
      }
      return samples;
    }

    boolean has(String metric, String label) {
      return samples.getOrDefault(metric, List.of()).stream().anyMatch(s -> s[0].contains(label));
    }

    double sum(String metric, String label) {
      return samples.getOrDefault(metric, List.of()).stream()
          .filter(s -> s[0].contains(label))
          .mapToDouble(s -> Double.parseDouble(s[1]))
          .sum();
    }

    @Override
    public String toString() {
      return new TreeSet<>(samples.keySet()).toString();
    }
  }
}
