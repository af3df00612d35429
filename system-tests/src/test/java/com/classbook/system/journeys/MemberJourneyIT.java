package com.classbook.system.journeys;

import static com.classbook.system.support.Suite.api;
import static com.classbook.system.support.Suite.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.system.support.Poll;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * A member's whole path through the gateway: sign-up to check-in, with early and late cancellation.
 */
class MemberJourneyIT {

  @Test
  void registerBuyBookCancelEarlyAndLateCheckIn() {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", 10, 30);
    api()
        .queryParam("country", "SG")
        .get("/api/v1/packages")
        .then()
        .statusCode(200)
        .body("id", hasItem(packageId));

    Member member = Suite.newMember("SG");
    as(member.token())
        .get("/api/v1/users/me")
        .then()
        .statusCode(200)
        .body("emailVerified", equalTo(true));
    String userPackageId = Suite.buy(member, packageId).getString("id");
    assertEquals(10, Suite.remainingCredits(member, userPackageId));

    Instant now = Instant.now();
    String early = Suite.createClass(admin, "SG", now.plus(2, ChronoUnit.DAYS), 5, 2);
    String late = Suite.createClass(admin, "SG", now.plus(2, ChronoUnit.HOURS), 5, 3);
    String soon = Suite.createClass(admin, "SG", now.plus(10, ChronoUnit.MINUTES), 5, 1);
    api()
        .queryParam("country", "SG")
        .queryParam("from", now.toString())
        .queryParam("to", now.plus(3, ChronoUnit.DAYS).toString())
        .queryParam("size", 100)
        .get("/api/v1/classes")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(early));

    // Book early: seat count drops; cancel more than 4 h ahead: full refund, seat back.
    String booking =
        Suite.book(member, early)
            .then()
            .statusCode(201)
            .body("status", equalTo("CONFIRMED"))
            .extract()
            .path("id");
    assertEquals(8, Suite.remainingCredits(member, userPackageId));
    Poll.until(
        "seat count drop", Duration.ofSeconds(30), () -> Suite.availableSlots(early), n -> n == 4);
    as(member.token())
        .post("/api/v1/bookings/" + booking + "/cancel")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("refunded", equalTo(true));
    assertEquals(10, Suite.remainingCredits(member, userPackageId));
    Poll.until("seat back", Duration.ofSeconds(30), () -> Suite.availableSlots(early), n -> n == 5);

    // Book late (starts within 4 h): cancelling keeps the credits spent.
    String lateBooking = Suite.book(member, late).then().statusCode(201).extract().path("id");
    as(member.token())
        .post("/api/v1/bookings/" + lateBooking + "/cancel")
        .then()
        .statusCode(200)
        .body("refunded", equalTo(false));
    assertEquals(7, Suite.remainingCredits(member, userPackageId));

    // Check in to a class that starts within 15 minutes; a repeat is harmless.
    String soonBooking = Suite.book(member, soon).then().statusCode(201).extract().path("id");
    for (int i = 0; i < 2; i++) {
      as(member.token())
          .post("/api/v1/bookings/" + soonBooking + "/check-in")
          .then()
          .statusCode(200)
          .body("status", equalTo("CHECKED_IN"));
    }
    assertEquals(6, Suite.remainingCredits(member, userPackageId));
    as(member.token())
        .get("/api/v1/me/bookings")
        .then()
        .statusCode(200)
        .body("page", equalTo(0))
        .body("size", equalTo(20))
        .body("items.id", hasItem(soonBooking))
        .body("items.id", hasItem(booking));

    // Another member cannot see this booking.
    Member stranger = Suite.newMember("SG");
    as(stranger.token()).get("/api/v1/bookings/" + soonBooking).then().statusCode(404);
  }
}
