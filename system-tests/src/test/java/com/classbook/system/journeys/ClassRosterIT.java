package com.classbook.system.journeys;

import static com.classbook.system.support.Suite.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.system.support.Poll;
import com.classbook.system.support.Suite;
import com.classbook.system.support.Suite.Member;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The staff's roster through the gateway: a member books, another joins the waitlist of the full
 * class, and staff and admin see both with the names they registered with; a member may not look.
 */
class ClassRosterIT {

  @Test
  void staffAndAdminSeeTheBookedAndTheWaitingByNameAndAMemberMayNot() {
    String admin = Suite.admin();
    String packageId = Suite.createPackage(admin, "SG", 5, 30);
    String bookerLast = "Booker" + letters();
    String waiterLast = "Waiter" + letters();
    Member booker = Suite.newMember("SG", "Bea", bookerLast);
    Member waiter = Suite.newMember("SG", "Wes", waiterLast);
    Member staff = Suite.newStaff(admin, "SG");
    Suite.buy(booker, packageId);
    Suite.buy(waiter, packageId);
    String classId = Suite.createClass(admin, "SG", Instant.now().plus(3, ChronoUnit.DAYS), 1, 1);

    String bookingId = Suite.book(booker, classId).then().statusCode(201).extract().path("id");
    JsonPath entry =
        Poll.until(
                "class " + classId + " known to the waitlist",
                Duration.ofSeconds(30),
                () -> Suite.joinWaitlist(waiter, classId),
                r -> r.statusCode() != 404)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String entryId = entry.getString("id");
    String joinedAt = Suite.waitlistEntry(waiter, entryId).getString("joinedAt");

    JsonPath roster =
        Poll.until(
            "both names on the roster",
            Duration.ofSeconds(60),
            () -> roster(staff.token(), classId),
            r ->
                bookerLast.equals(r.getString("bookings[0].lastName"))
                    && waiterLast.equals(r.getString("waitlist[0].lastName")));
    assertEquals(classId, roster.getString("class.id"));
    assertEquals(1, roster.getInt("class.capacity"));
    assertEquals(1, roster.getInt("class.bookedSlots"));
    assertEquals(0, roster.getInt("class.freeSlots"));
    assertEquals(List.of(bookingId), roster.getList("bookings.bookingId"));
    assertEquals(List.of(booker.id()), roster.getList("bookings.userId"));
    assertEquals(List.of("Bea"), roster.getList("bookings.firstName"));
    assertEquals(List.of("CONFIRMED"), roster.getList("bookings.status"));
    assertEquals(List.of(entryId), roster.getList("waitlist.entryId"));
    assertEquals(List.of(waiter.id()), roster.getList("waitlist.userId"));
    assertEquals(List.of("Wes"), roster.getList("waitlist.firstName"));
    assertEquals(List.of(1), roster.getList("waitlist.position"));
    assertEquals(
        Instant.parse(joinedAt),
        Instant.parse(roster.getString("waitlist[0].joinedAt")),
        "the join time the member sees");

    JsonPath asAdmin = roster(admin, classId);
    assertEquals(roster.getList("bookings"), asAdmin.getList("bookings"));
    assertEquals(roster.getList("waitlist"), asAdmin.getList("waitlist"));

    as(booker.token())
        .get("/api/v1/classes/" + classId + "/roster")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("FORBIDDEN"));
    as(staff.token())
        .get("/api/v1/classes/" + UUID.randomUUID() + "/roster")
        .then()
        .statusCode(404)
        .body("code", equalTo("CLASS_NOT_FOUND"));
    Suite.api().get("/api/v1/classes/" + classId).then().statusCode(200);
  }

  private static JsonPath roster(String token, String classId) {
    return as(token)
        .get("/api/v1/classes/" + classId + "/roster")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Names take letters only: a random suffix of six. */
  private static String letters() {
    StringBuilder letters = new StringBuilder();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 6; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }
}
