package com.classbook.system.events;

import static com.classbook.system.support.Suite.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.system.support.Poll;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Events follow the bookings: after a burst the outbox is empty again and the listing shows what
 * booking counted; a freed seat reaches the waiting member within seconds while bookings go on.
 * Timings here are deadlines, not measurements; the figures are in docs/benchmarks.md.
 */
class EventsKeepUpIT {
  private static final Pattern PENDING =
      Pattern.compile("(?m)^classbook_outbox_pending(?:\\{[^}]*})? ([0-9.eE+]+)$");

  @Test
  void afterABurstTheOutboxDrainsAndTheListingMatchesBooking() throws Exception {
    String admin = Suite.admin();
    String pack = Suite.createPackage(admin, "SG", 50, 30);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Member m = Suite.newMember("SG");
      Suite.buy(m, pack);
      members.add(m);
    }
    List<String> classes = new ArrayList<>();
    Instant first = Instant.now().plus(Duration.ofDays(20));
    for (int i = 0; i < 20; i++) {
      classes.add(Suite.createClass(admin, "SG", first.plus(Duration.ofHours(2L * i)), 10, 1));
    }
    classes.forEach(c -> Suite.book(members.get(0), c).then().statusCode(201));

    // The burst: every other member books every class at once.
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Integer>> answers = new ArrayList<>();
    for (Member m : members.subList(1, members.size())) {
      for (String c : classes) {
        answers.add(pool.submit(() -> Suite.book(m, c).statusCode()));
      }
    }
    for (Future<Integer> answer : answers) {
      assertEquals(201, answer.get(120, TimeUnit.SECONDS));
    }
    pool.shutdown();

    Poll.until(
        "booking's outbox drained", Duration.ofSeconds(60), EventsKeepUpIT::pending, p -> p == 0);
    for (String c : classes) {
      Poll.until(
          "listing of " + c + " shows booking's count",
          Duration.ofSeconds(30),
          () -> Suite.availableSlots(c),
          slots -> slots == 10 - members.size());
    }
  }

  @Test
  void aFreedSeatIsPromotedWithinSecondsWhileBookingsRun() throws Exception {
    String admin = Suite.admin();
    String pack = Suite.createPackage(admin, "SG", 50, 30);
    Member seated = Suite.newMember("SG");
    Member waiting = Suite.newMember("SG");
    Member busy = Suite.newMember("SG");
    for (Member m : List.of(seated, waiting, busy)) {
      Suite.buy(m, pack);
    }
    // Within the package's 30 days of validity, with room for the 30 classes after it.
    Instant start = Instant.now().plus(Duration.ofDays(20));
    String full = Suite.createClass(admin, "SG", start, 1, 1);
    String seat = Suite.book(seated, full).then().statusCode(201).extract().path("id");
    String entry =
        Poll.until(
                "waitlist knows the class",
                Duration.ofSeconds(30),
                () -> as(waiting.token()).body(Map.of("classId", full)).post("/api/v1/waitlist"),
                r -> r.statusCode() != 404)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    List<String> others = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      others.add(Suite.createClass(admin, "SG", start.plus(Duration.ofHours(2L * (i + 1))), 5, 1));
    }

    // Bookings keep going in the background until the promotion is seen.
    AtomicBoolean promoted = new AtomicBoolean();
    AtomicInteger booked = new AtomicInteger();
    ExecutorService load = Executors.newSingleThreadExecutor();
    Future<?> bookings =
        load.submit(
            () -> {
              for (String c : others) {
                if (promoted.get()) {
                  return;
                }
                if (Suite.book(busy, c).statusCode() == 201) {
                  booked.incrementAndGet();
                }
              }
            });
    Poll.until("bookings under way", Duration.ofSeconds(30), booked::get, n -> n > 0);
    as(seated.token()).post("/api/v1/bookings/" + seat + "/cancel").then().statusCode(200);
    Poll.until(
        "the waiting member promoted",
        Duration.ofSeconds(10),
        () -> entryStatus(waiting, entry),
        "PROMOTED"::equals);
    boolean stillBooking = !bookings.isDone();
    promoted.set(true);
    bookings.get(120, TimeUnit.SECONDS);
    load.shutdown();
    assertTrue(stillBooking || booked.get() == others.size(), "the promotion overlapped bookings");
  }

  private static String entryStatus(Member member, String entryId) {
    return as(member.token())
        .get("/api/v1/me/waitlist?size=100")
        .then()
        .statusCode(200)
        .extract()
        .path("items.find { it.id == '" + entryId + "' }.status");
  }

  /** booking-service's own gauge of unpublished outbox rows, read from its metrics. */
  private static double pending() {
    String metrics =
        given().baseUri("http://127.0.0.1:" + bookingPort()).get("/q/metrics").asString();
    Matcher m = PENDING.matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  private static int bookingPort() {
    String[] ports = System.getProperty("service.ports", "8081,8082,8083,8084").split(",");
    return Integer.parseInt(ports[2].trim());
  }
}
