package com.classbook.system.instances;

import static com.classbook.system.support.Suite.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.classbook.system.support.Poll;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import com.classbook.system.support.Topic;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of each service behind the gateway (run.sh INSTANCES=2): bookings race across both,
 * both outbox relays publish and each booking's events stay in order, and a job that runs on both
 * instances still acts once per booking.
 */
class TwoInstancesIT {

  @BeforeAll
  static void twoInstances() {
    assumeTrue(Suite.instances() >= 2, "the suite under test runs one instance of each service");
  }

  @Test
  void bookingsRaceAcrossInstancesAndBothRelaysPublishEachBookingsEventsInOrder() throws Exception {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", 3, 30);
    String classId = Suite.createClass(admin, "SG", Instant.now().plus(4, ChronoUnit.DAYS), 5, 1);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      Member member = Suite.newMember("SG");
      Suite.buy(member, packageId);
      members.add(member);
    }
    Suite.awaitKnownToBooking(classId);
    Map<String, Double> publishedBefore = publishedPerInstance();

    ExecutorService pool = Executors.newFixedThreadPool(7);
    List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
    for (Member member : members) {
      answers.add(
          pool.submit(
              () -> as(member.token()).body(Map.of("classId", classId)).post("/api/v1/bookings")));
    }
    List<String> confirmed = Collections.synchronizedList(new ArrayList<>());
    List<Member> holders = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      var answer = answers.get(i).get(60, TimeUnit.SECONDS);
      if (answer.statusCode() == 201) {
        confirmed.add(answer.path("id"));
        holders.add(members.get(i));
      } else {
        assertEquals(409, answer.statusCode(), answer.asString());
        assertEquals("CLASS_FULL", answer.path("code"));
      }
    }
    pool.shutdown();
    assertEquals(5, confirmed.size(), "exactly the capacity, across both booking instances");

    for (int i = 0; i < confirmed.size(); i++) {
      as(holders.get(i).token())
          .post("/api/v1/bookings/" + confirmed.get(i) + "/cancel")
          .then()
          .statusCode(200);
    }

    for (int port : Suite.instancePorts("booking")) {
      assertTrue(bookingPosts(port) > 0, "booking instance on " + port + " served bookings");
    }
    // One relay pass at a time runs across the instances (a lock row), and it publishes every
    // pending row, whoever wrote it: which relay wins a pass is chance. Each purchase sent straight
    // to an instance wakes that instance's relay, so both get their turns within the deadline.
    Member buyer = members.get(0);
    Poll.until(
        "both relays published",
        Duration.ofSeconds(60),
        () -> {
          Map<String, Double> now = publishedPerInstance();
          for (int port : Suite.instancePorts("booking")) {
            if (now.get(String.valueOf(port))
                <= publishedBefore.getOrDefault(String.valueOf(port), 0.0)) {
              buyThrough(port, buyer, packageId);
            }
          }
          return now;
        },
        now ->
            now.entrySet().stream()
                .allMatch(e -> e.getValue() > publishedBefore.getOrDefault(e.getKey(), 0.0)));

    for (String booking : confirmed) {
      List<String> types =
          Poll.until(
              "events of " + booking,
              Duration.ofSeconds(30),
              () -> typesOf(booking),
              t -> t.size() >= 2);
      assertEquals(
          List.of("booking.BookingConfirmed.v1", "booking.BookingCancelled.v1"), types, booking);
    }
  }

  @Test
  void theNoShowJobRunsOnBothInstancesAndMarksABookingOnce() {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", 3, 30);
    Member member = Suite.newMember("SG");
    String userPackage = Suite.buy(member, packageId).getString("id");
    String classId =
        Suite.createClass(admin, "SG", Instant.now().plusSeconds(20), Duration.ofSeconds(5), 2, 1);
    String booking = Suite.book(member, classId).then().statusCode(201).extract().path("id");

    Poll.until(
        "no-show after the class",
        Duration.ofSeconds(90),
        () -> as(member.token()).get("/api/v1/bookings/" + booking).jsonPath().getString("status"),
        "NO_SHOW"::equals);
    assertEquals(
        2, Suite.remainingCredits(member, userPackage), "a no-show keeps its credit spent");
    List<String> types =
        Poll.until(
            "the no-show event",
            Duration.ofSeconds(30),
            () -> typesOf(booking),
            t -> t.contains("booking.BookingNoShow.v1"));
    assertEquals(
        1, Collections.frequency(types, "booking.BookingNoShow.v1"), "one no-show event: " + types);
  }

  private static List<String> typesOf(String bookingId) {
    return Topic.readAll("booking.bookings.v1").stream()
        .filter(r -> bookingId.equals(r.key()))
        .sorted((a, b) -> Long.compare(a.offset(), b.offset()))
        .map(r -> new JsonPath(r.value()).getString("type"))
        .toList();
  }

  /**
   * A purchase sent to one booking instance, not through the gateway: its events wake that relay.
   */
  private static void buyThrough(int port, Member member, String packageId) {
    given()
        .baseUri("http://127.0.0.1:" + port)
        .header("Authorization", "Bearer " + member.token())
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(Map.of("packageId", packageId, "paymentToken", "tok_visa"))
        .post("/api/v1/purchases")
        .then()
        .statusCode(201);
  }

  private static Map<String, Double> publishedPerInstance() {
    Map<String, Double> published = new java.util.HashMap<>();
    for (int port : Suite.instancePorts("booking")) {
      published.put(String.valueOf(port), metric(port, "classbook_outbox_published_total"));
    }
    return published;
  }

  private static double bookingPosts(int port) {
    return metric(
        port, "http_server_requests_seconds_count", "method=\"POST\"", "uri=\"/api/v1/bookings\"");
  }

  /** The sum of a metric's samples on one instance whose labels contain every given label. */
  private static double metric(int port, String name, String... labels) {
    String text = given().baseUri("http://127.0.0.1:" + port).get("/q/metrics").asString();
    Matcher sample =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})?\\s+([0-9.eE+-]+)$")
            .matcher(text);
    double sum = 0;
    while (sample.find()) {
      String found = sample.group(1) == null ? "" : sample.group(1);
      boolean all = true;
      for (String label : labels) {
        all &= found.contains(label);
      }
      if (all) {
        sum += Double.parseDouble(sample.group(2));
      }
    }
    return sum;
  }
}
