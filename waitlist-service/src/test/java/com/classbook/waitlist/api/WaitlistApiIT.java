package com.classbook.waitlist.api;

import static com.classbook.waitlist.support.Studio.booked;
import static com.classbook.waitlist.support.Studio.bookingOf;
import static com.classbook.waitlist.support.Studio.inDays;
import static com.classbook.waitlist.support.Studio.join;
import static com.classbook.waitlist.support.Studio.joined;
import static com.classbook.waitlist.support.Studio.member;
import static com.classbook.waitlist.support.Studio.memberWithCredits;
import static com.classbook.waitlist.support.Studio.offerPackage;
import static com.classbook.waitlist.support.Studio.remainingCredits;
import static com.classbook.waitlist.support.Studio.scheduleClass;
import static com.classbook.waitlist.support.Studio.waitlist;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import com.classbook.platform.testing.TestTokens;
import com.classbook.waitlist.support.BookingServiceProcess;
import com.classbook.waitlist.support.Studio;
import com.classbook.waitlist.support.Studio.Member;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every row and error code of the waitlist API, against the real booking service. */
@QuarkusTest
@WithTestResource(value = BookingServiceProcess.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WaitlistApiIT {

  private PackageState tenCredits;
  private ClassState full;
  private Member seated;

  @BeforeEach
  void aFullClass() {
    tenCredits = offerPackage(10);
    full = scheduleClass(inDays(3), 1, 2);
    seated = memberWithCredits(tenCredits);
    booked(seated, full.id());
  }

  @Test
  void myWaitlistIsPagedAndAJoinNamesItsEntryAndForwardsTheRequestId() throws Exception {
    Member ann = memberWithCredits(tenCredits);
    String requestId = "wl-" + UUID.randomUUID();
    var joined =
        waitlist(ann)
            .header("X-Request-Id", requestId)
            .body(Map.of("classId", full.id()))
            .post("/api/v1/waitlist")
            .then()
            .statusCode(201)
            .header("X-Request-Id", requestId)
            .extract();
    assertEquals("/api/v1/waitlist/" + joined.path("id"), joined.header("Location"));
    // The hold was placed by booking-service under the same request id.
    Path bookingLog = BookingServiceProcess.log();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Files.readString(bookingLog).contains(requestId));

    waitlist(ann)
        .get("/api/v1/me/waitlist?size=1")
        .then()
        .statusCode(200)
        .body("page", equalTo(0))
        .body("size", equalTo(1))
        .body("totalItems", equalTo(1))
        .body("items", hasSize(1));
    waitlist(ann)
        .get("/api/v1/me/waitlist?size=101")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
  }

  @Test
  void joiningHoldsTheCreditsThroughTheBookingServiceAndTellsThePosition() {
    Member ann = memberWithCredits(tenCredits);
    Member bob = memberWithCredits(tenCredits);

    String annEntry =
        join(ann, full.id())
            .then()
            .statusCode(201)
            .body("classId", equalTo(full.id()))
            .body("status", equalTo("WAITING"))
            .body("position", equalTo(1))
            .body("refunded", equalTo(false))
            .body("promotedAt", nullValue())
            .body("joinedAt", notNullValue())
            .extract()
            .path("id");
    join(bob, full.id()).then().statusCode(201).body("position", equalTo(2));

    Map<String, Object> entry = Studio.entry(ann, annEntry);
    Map<String, Object> hold = bookingOf(ann, (String) entry.get("bookingId"));
    assertEquals("WAITLISTED", hold.get("status"));
    assertEquals(8, remainingCredits(ann));
    assertEquals(List.of(WaitlistEvent.JOINED), Studio.eventTypes(annEntry, 1));
  }

  @Test
  void anIdempotencyKeyReplaysTheFirstAnswer() {
    Member ann = memberWithCredits(tenCredits);
    String key = UUID.randomUUID().toString();

    String first =
        waitlist(ann)
            .header("Idempotency-Key", key)
            .body(Map.of("classId", full.id()))
            .post("/api/v1/waitlist")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    waitlist(ann)
        .header("Idempotency-Key", key)
        .body(Map.of("classId", full.id()))
        .post("/api/v1/waitlist")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    waitlist(ann)
        .header("Idempotency-Key", key)
        .body(Map.of("classId", UUID.randomUUID().toString()))
        .post("/api/v1/waitlist")
        .then()
        .statusCode(422)
        .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    assertEquals(8, remainingCredits(ann));
  }

  @Test
  void refusalsCarryTheContractsCodes() {
    Member ann = memberWithCredits(tenCredits);
    joined(ann, full.id());
    refused(join(ann, full.id()), 409, "ALREADY_WAITLISTED");
    refused(join(seated, full.id()), 409, "ALREADY_BOOKED");
    refused(join(ann, UUID.randomUUID().toString()), 404, "CLASS_NOT_FOUND");

    ClassState open = scheduleClass(inDays(4), 5, 2);
    refused(join(ann, open.id()), 409, "CLASS_NOT_FULL");

    refused(join(member(), full.id()), 422, "NO_USABLE_PACKAGE");
    Member poor = memberWithCredits(offerPackage(1));
    refused(join(poor, full.id()), 422, "INSUFFICIENT_CREDITS");

    // The member's own booking in an overlapping class conflicts with the hold.
    Member busy = memberWithCredits(tenCredits);
    ClassState overlapping = scheduleClass(full.startTime().plus(Duration.ofMinutes(30)), 5, 1);
    booked(busy, overlapping.id());
    refused(join(busy, full.id()), 409, "SCHEDULE_CONFLICT");

    ClassState started = scheduleClass(inDays(-1), 1, 1);
    refused(join(ann, started.id()), 422, "CLASS_NOT_BOOKABLE");
    assertEquals(8, remainingCredits(ann));
  }

  @Test
  void badRequestsAreProblemsNeverServerErrors() {
    Member ann = memberWithCredits(tenCredits);
    refused(waitlist(ann).body(Map.of()).post("/api/v1/waitlist"), 400, "VALIDATION_FAILED");
    refused(waitlist(ann).body("{\"classId\":").post("/api/v1/waitlist"), 400, "VALIDATION_FAILED");
    refused(
        waitlist(ann).body(Map.of("classId", "x".repeat(65))).post("/api/v1/waitlist"),
        400,
        "VALIDATION_FAILED");
    refused(
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("classId", full.id()))
            .post("/api/v1/waitlist"),
        401,
        "UNAUTHORIZED");
    refused(
        given()
            .auth()
            .oauth2(TestTokens.service())
            .contentType(ContentType.JSON)
            .body(Map.of("classId", full.id()))
            .post("/api/v1/waitlist"),
        403,
        "FORBIDDEN");
  }

  @Test
  void leavingReleasesTheHoldWithAFullRefundAndOnlyTheOwnerMayLeave() {
    Member ann = memberWithCredits(tenCredits);
    String entry = joined(ann, full.id());
    String hold = (String) Studio.entry(ann, entry).get("bookingId");
    Instant joinedAt = Instant.parse((String) Studio.entry(ann, entry).get("joinedAt"));

    refused(waitlist(member()).delete("/api/v1/waitlist/" + entry), 404, "NOT_FOUND");
    refused(waitlist(ann).delete("/api/v1/waitlist/" + UUID.randomUUID()), 404, "NOT_FOUND");
    waitlist(ann)
        .delete("/api/v1/waitlist/" + entry)
        .then()
        .statusCode(200)
        .body("status", equalTo("LEFT"))
        .body("refunded", equalTo(true))
        .body("position", nullValue());
    refused(waitlist(ann).delete("/api/v1/waitlist/" + entry), 409, "NOT_WAITING");

    assertEquals("CANCELLED", bookingOf(ann, hold).get("status"));
    assertEquals(true, bookingOf(ann, hold).get("refunded"));
    assertEquals(10, remainingCredits(ann));
    assertEquals(List.of(WaitlistEvent.JOINED, WaitlistEvent.LEFT), Studio.eventTypes(entry, 2));
    assertEquals(
        List.of(joinedAt, joinedAt),
        Studio.events(entry, 2).stream().map(WaitlistEvent::joinedAt).toList(),
        "every event of the entry carries its join time as stored");
  }

  @Test
  void aMemberWhoLeftMayJoinAgainAndSeesEveryEntryWithLivePositions() {
    Member ann = memberWithCredits(tenCredits);
    Member bob = memberWithCredits(tenCredits);
    String first = joined(ann, full.id());
    joined(bob, full.id());
    waitlist(ann).delete("/api/v1/waitlist/" + first).then().statusCode(200);

    String again = joined(ann, full.id());

    waitlist(ann)
        .get("/api/v1/me/waitlist")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items[0].id", equalTo(again))
        .body("items[0].position", equalTo(2))
        .body("items[1].status", equalTo("LEFT"))
        .body("items[1].position", nullValue());
    waitlist(member()).get("/api/v1/me/waitlist").then().statusCode(200).body("items", hasSize(0));
    assertEquals(1, Studio.entry(bob, firstEntryOf(bob)).get("position"));
  }

  private static String firstEntryOf(Member member) {
    return waitlist(member).get("/api/v1/me/waitlist").then().extract().path("items[0].id");
  }

  private static void refused(io.restassured.response.Response response, int status, String code) {
    response
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("code", equalTo(code));
  }
}
