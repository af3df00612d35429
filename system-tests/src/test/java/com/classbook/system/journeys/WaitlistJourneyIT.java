package com.classbook.system.journeys;

import static com.classbook.system.support.Suite.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.system.support.Poll;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Full class -> waitlist in join order -> promotion after a cancellation; refund of an unpromoted
 * entry at start.
 */
class WaitlistJourneyIT {

  @Test
  void cancellationPromotesTheHeadAndTheNextMovesUp() {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", 5, 30);
    Member a = Suite.newMember("SG");
    Member b = Suite.newMember("SG");
    Member c = Suite.newMember("SG");
    String aPackage = Suite.buy(a, packageId).getString("id");
    String bPackage = Suite.buy(b, packageId).getString("id");
    String cPackage = Suite.buy(c, packageId).getString("id");
    String classId = Suite.createClass(admin, "SG", Instant.now().plus(3, ChronoUnit.DAYS), 1, 1);

    String aBooking = Suite.book(a, classId).then().statusCode(201).extract().path("id");
    as(b.token())
        .body(Map.of("classId", classId))
        .post("/api/v1/bookings")
        .then()
        .statusCode(409)
        .body("code", equalTo("CLASS_FULL"));

    String bEntry =
        Suite.joinWaitlist(b, classId)
            .then()
            .statusCode(201)
            .body("position", equalTo(1))
            .extract()
            .path("id");
    String cEntry =
        Suite.joinWaitlist(c, classId)
            .then()
            .statusCode(201)
            .body("position", equalTo(2))
            .extract()
            .path("id");
    assertEquals(4, Suite.remainingCredits(b, bPackage), "credits held at join");

    as(a.token())
        .post("/api/v1/bookings/" + aBooking + "/cancel")
        .then()
        .statusCode(200)
        .body("refunded", equalTo(true));
    assertEquals(5, Suite.remainingCredits(a, aPackage));

    JsonPath promoted =
        Poll.until(
            "B promoted",
            Duration.ofSeconds(60),
            () -> Suite.waitlistEntry(b, bEntry),
            e -> "PROMOTED".equals(e.getString("status")));
    as(b.token())
        .get("/api/v1/bookings/" + promoted.getString("bookingId"))
        .then()
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"));
    assertEquals(4, Suite.remainingCredits(b, bPackage), "no second debit on promotion");
    Poll.until(
        "C moves up",
        Duration.ofSeconds(30),
        () -> Suite.waitlistEntry(c, cEntry),
        e -> e.getInt("position") == 1);

    as(c.token())
        .delete("/api/v1/waitlist/" + cEntry)
        .then()
        .statusCode(200)
        .body("status", equalTo("LEFT"))
        .body("refunded", equalTo(true));
    assertEquals(5, Suite.remainingCredits(c, cPackage), "leaving refunds in full");
  }

  @Test
  void unpromotedEntryIsRefundedWhenTheClassStarts() {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", 3, 30);
    Member b = Suite.newMember("SG");
    String bPackage = Suite.buy(b, packageId).getString("id");
    // The class must start soon, yet only after A booked and B joined. A machine too slow for the
    // first lead time shows up as "class already started" (422): start over with a longer lead.
    String bEntry = null;
    for (Duration lead = Duration.ofSeconds(30); bEntry == null; lead = lead.multipliedBy(2)) {
      assertTrue(lead.compareTo(Duration.ofMinutes(4)) <= 0, "set-up never beat the class start");
      Member a = Suite.newMember("SG");
      Suite.buy(a, packageId);
      String classId = Suite.createClass(admin, "SG", Instant.now().plus(lead), 1, 1);
      var booked = Suite.book(a, classId);
      if (startedAlready(booked)) {
        continue;
      }
      booked.then().statusCode(201);
      var joined = Suite.joinWaitlist(b, classId);
      if (startedAlready(joined)) {
        continue;
      }
      bEntry = joined.then().statusCode(201).extract().path("id");
    }
    assertEquals(2, Suite.remainingCredits(b, bPackage));

    String waiting = bEntry;
    JsonPath refunded =
        Poll.until(
            "refund at start",
            Duration.ofSeconds(150),
            () -> Suite.waitlistEntry(b, waiting),
            e -> "REFUNDED".equals(e.getString("status")));
    assertEquals(true, refunded.getBoolean("refunded"));
    assertEquals(3, Suite.remainingCredits(b, bPackage));
  }

  private static boolean startedAlready(io.restassured.response.Response answer) {
    return answer.statusCode() == 422 && "CLASS_NOT_BOOKABLE".equals(answer.path("code"));
  }
}
