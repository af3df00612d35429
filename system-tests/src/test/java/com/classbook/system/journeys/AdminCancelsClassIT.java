package com.classbook.system.journeys;

import static com.classbook.system.support.Suite.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.system.support.Poll;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * An admin creates a class, members book and wait, the admin cancels it: everyone gets their
 * credits back.
 */
class AdminCancelsClassIT {

  @Test
  void cancellingAClassRefundsBookingsAndWaitlistHolds() {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", 4, 30);
    Member booked = Suite.newMember("SG");
    Member waiting = Suite.newMember("SG");
    String bookedPackage = Suite.buy(booked, packageId).getString("id");
    String waitingPackage = Suite.buy(waiting, packageId).getString("id");
    String classId = Suite.createClass(admin, "SG", Instant.now().plus(5, ChronoUnit.DAYS), 1, 2);

    String booking = Suite.book(booked, classId).then().statusCode(201).extract().path("id");
    String entry = Suite.joinWaitlist(waiting, classId).then().statusCode(201).extract().path("id");
    assertEquals(2, Suite.remainingCredits(waiting, waitingPackage));

    Member member = Suite.newMember("SG");
    as(member.token()).post("/api/v1/classes/" + classId + "/cancel").then().statusCode(403);
    as(admin)
        .post("/api/v1/classes/" + classId + "/cancel")
        .then()
        .statusCode(200)
        .body("cancelled", equalTo(true));

    Poll.until(
        "booking cancelled and refunded",
        Duration.ofSeconds(60),
        () -> as(booked.token()).get("/api/v1/bookings/" + booking).then().extract().jsonPath(),
        b -> "CANCELLED".equals(b.getString("status")) && b.getBoolean("refunded"));
    Poll.until(
        "waitlist entry refunded",
        Duration.ofSeconds(60),
        () -> Suite.waitlistEntry(waiting, entry),
        e -> "REFUNDED".equals(e.getString("status")));
    assertEquals(4, Suite.remainingCredits(booked, bookedPackage));
    Poll.until(
        "hold refunded",
        Duration.ofSeconds(30),
        () -> Suite.remainingCredits(waiting, waitingPackage),
        n -> n == 4);
  }
}
