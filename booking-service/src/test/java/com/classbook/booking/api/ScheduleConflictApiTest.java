package com.classbook.booking.api;

import static com.classbook.booking.support.Bookings.book;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.TestClock;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A member's time is taken by a waitlist credit hold and by a checked-in booking too. */
@QuarkusTest
class ScheduleConflictApiTest {

  @AfterEach
  void realTime() {
    TestClock.CLOCK.reset();
  }

  private static ClassState overlapping(ClassState cls) {
    return Catalog.schedule(
        Catalog.classState(
            "SG", cls.startTime().plus(Duration.ofMinutes(30)), Duration.ofHours(1), 5, 1));
  }

  @Test
  void aWaitlistedHoldConflictsWithAnOverlappingBooking() {
    ClassState full = Catalog.schedule("SG", Catalog.inDays(6), 1, 1);
    String seated = TestTokens.newMember("SG");
    Catalog.buy(seated, Catalog.offer("SG", 5, 30, true).id());
    book(seated, full.id()).statusCode(201);
    String memberId = UUID.randomUUID().toString();
    String member = TestTokens.member(memberId, "SG");
    Catalog.buy(member, Catalog.offer("SG", 5, 30, true).id());
    given()
        .auth()
        .oauth2(TestTokens.service())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "requestId", UUID.randomUUID().toString(),
                "userId", memberId,
                "classId", full.id()))
        .post("/internal/v1/holds")
        .then()
        .statusCode(201);

    book(member, overlapping(full).id()).statusCode(409).body("code", equalTo("SCHEDULE_CONFLICT"));
  }

  @Test
  void aCheckedInBookingConflictsWithAnOverlappingBooking() {
    Instant start = Catalog.inDays(2);
    ClassState cls = Catalog.schedule("SG", start, 5, 1);
    String member = TestTokens.newMember("SG");
    Catalog.buy(member, Catalog.offer("SG", 5, 30, true).id());
    String booking = book(member, cls.id()).statusCode(201).extract().path("id");
    TestClock.CLOCK.set(start.minus(Duration.ofMinutes(5)));
    given()
        .auth()
        .oauth2(member)
        .post("/api/v1/bookings/" + booking + "/check-in")
        .then()
        .statusCode(200)
        .body("status", equalTo("CHECKED_IN"));
    TestClock.CLOCK.reset();

    book(member, overlapping(cls).id()).statusCode(409).body("code", equalTo("SCHEDULE_CONFLICT"));
  }
}
