package com.classbook.booking.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.support.Bookings;
import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.booking.support.TestClock;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.KafkaProbe;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The internal API the waitlist service calls: holds, promotions, releases, reserved seats. */
@QuarkusTest
class WaitlistInternalApiTest {

  private static final String SERVICE = TestTokens.service();

  @AfterEach
  void realTime() {
    TestClock.CLOCK.reset();
  }

  private static ValidatableResponse hold(String requestId, String userId, String classId) {
    Map<String, Object> body = new HashMap<>();
    body.put("requestId", requestId);
    body.put("userId", userId);
    body.put("classId", classId);
    return given()
        .auth()
        .oauth2(SERVICE)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/internal/v1/holds")
        .then();
  }

  private static ValidatableResponse promote(String holdId, String slotRef) {
    return given()
        .auth()
        .oauth2(SERVICE)
        .contentType(ContentType.JSON)
        .body(Map.of("slotRef", slotRef))
        .post("/internal/v1/holds/" + holdId + "/promote")
        .then();
  }

  private static ValidatableResponse release(String holdId) {
    return given().auth().oauth2(SERVICE).post("/internal/v1/holds/" + holdId + "/release").then();
  }

  private static ValidatableResponse releaseSlot(String classId, String slotRef) {
    return given()
        .auth()
        .oauth2(SERVICE)
        .post("/internal/v1/classes/" + classId + "/reserved-slots/" + slotRef + "/release")
        .then();
  }

  /** A member with 10 credits; returns {userId, token}. */
  private static String[] member() {
    String userId = UUID.randomUUID().toString();
    String token = TestTokens.member(userId, "SG");
    Catalog.buy(token, Catalog.offer("SG", 10, 30, true).id());
    return new String[] {userId, token};
  }

  /** A new hold of the member on the full class; its booking id. */
  private static String held(String userId, String classId) {
    return hold(UUID.randomUUID().toString(), userId, classId)
        .statusCode(201)
        .extract()
        .path("bookingId");
  }

  /** The member cancels their booking (the seat is freed or reserved for the waitlist). */
  private static void cancelled(String token, String bookingId) {
    given()
        .auth()
        .oauth2(token)
        .post("/api/v1/bookings/" + bookingId + "/cancel")
        .then()
        .statusCode(200);
  }

  private static String book(String token, String classId) {
    return Bookings.booked(token, classId);
  }

  private static int remaining(String token) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/me/packages")
        .then()
        .extract()
        .path("items[0].remainingCredits");
  }

  @Test
  void aHoldIsRefusedWhileASeatIsFreeAndPlacedOnceWhenFull() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 2);
    String[] waiter = member();
    hold(UUID.randomUUID().toString(), waiter[0], cls.id())
        .statusCode(409)
        .body("code", equalTo("CLASS_NOT_FULL"));

    String[] booker = member();
    book(booker[1], cls.id());
    String requestId = UUID.randomUUID().toString();
    String holdId =
        hold(requestId, waiter[0], cls.id())
            .statusCode(201)
            .body("status", equalTo("WAITLISTED"))
            .body("creditsUsed", equalTo(2))
            .body("userId", equalTo(waiter[0]))
            .body("classId", equalTo(cls.id()))
            .extract()
            .path("bookingId");
    hold(requestId, waiter[0], cls.id()).statusCode(200).body("bookingId", equalTo(holdId));
    hold(UUID.randomUUID().toString(), waiter[0], cls.id())
        .statusCode(409)
        .body("code", equalTo("ALREADY_WAITLISTED"));
    hold(UUID.randomUUID().toString(), booker[0], cls.id())
        .statusCode(409)
        .body("code", equalTo("ALREADY_BOOKED"));
    assertEquals(8, remaining(waiter[1]), "credits are taken at join");
    assertEquals(1, Db.events(holdId, BookingEvent.HOLD_PLACED));
    given()
        .auth()
        .oauth2(waiter[1])
        .contentType(ContentType.JSON)
        .body(Map.of("classId", cls.id()))
        .post("/api/v1/bookings")
        .then()
        .statusCode(409);
    Db.assertInvariants(cls.id());
  }

  @Test
  void holdsFollowTheBookingRules() {
    ClassState full = Catalog.schedule("SG", Catalog.inDays(3), 1, 2);
    book(member()[1], full.id());
    hold(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString())
        .statusCode(404)
        .body("code", equalTo("CLASS_NOT_FOUND"));
    hold(UUID.randomUUID().toString(), UUID.randomUUID().toString(), full.id())
        .statusCode(422)
        .body("code", equalTo("NO_USABLE_PACKAGE"));
    String poorId = UUID.randomUUID().toString();
    Catalog.buy(TestTokens.member(poorId, "SG"), Catalog.offer("SG", 1, 30, true).id());
    hold(UUID.randomUUID().toString(), poorId, full.id())
        .statusCode(422)
        .body("code", equalTo("INSUFFICIENT_CREDITS"));

    String[] busy = member();
    ClassState same =
        Catalog.schedule(Catalog.classState("SG", full.startTime(), Duration.ofHours(1), 5, 1));
    book(busy[1], same.id());
    hold(UUID.randomUUID().toString(), busy[0], full.id())
        .statusCode(409)
        .body("code", equalTo("SCHEDULE_CONFLICT"));

    TestClock.CLOCK.set(full.startTime());
    hold(UUID.randomUUID().toString(), member()[0], full.id())
        .statusCode(422)
        .body("code", equalTo("CLASS_NOT_BOOKABLE"));
  }

  @Test
  void aCancelledSeatIsReservedForTheWaitlistAndPromotesTheHoldOnce() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 2);
    String[] booker = member();
    String bookingId = book(booker[1], cls.id());
    String[] first = member();
    String[] second = member();
    String firstHold = held(first[0], cls.id());
    String secondHold = held(second[0], cls.id());

    cancelled(booker[1], bookingId);
    Map<String, Object> seats =
        Db.one("SELECT free_slots, reserved_slots FROM class_inventory WHERE id = ?", cls.id());
    assertEquals(0, Db.integer(seats, "free_slots"));
    assertEquals(1, Db.integer(seats, "reserved_slots"));
    BookingEvent cancelled =
        EventJson.read(
                KafkaProbe.awaitMatching(
                        Topics.BOOKING_BOOKINGS,
                        r -> bookingId.equals(r.key()) && r.value().contains("BookingCancelled"),
                        Duration.ofSeconds(30))
                    .get(0)
                    .value())
            .dataAs(BookingEvent.class);
    assertEquals(true, cancelled.slotReservedForWaitlist());
    Db.assertInvariants(cls.id());

    promote(firstHold, bookingId)
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"))
        .body("id", equalTo(firstHold));
    promote(firstHold, bookingId).statusCode(200).body("status", equalTo("CONFIRMED"));
    promote(firstHold, UUID.randomUUID().toString())
        .statusCode(409)
        .body("code", equalTo("NOT_WAITING"));
    promote(secondHold, bookingId).statusCode(409).body("code", equalTo("SLOT_NOT_RESERVED"));
    promote(UUID.randomUUID().toString(), bookingId)
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    promote(bookingId, bookingId).statusCode(404);
    assertEquals(8, remaining(first[1]), "no second debit");
    assertEquals(1, Db.events(firstHold, BookingEvent.HOLD_PROMOTED));
    releaseSlot(cls.id(), bookingId).statusCode(409).body("code", equalTo("SLOT_NOT_RESERVED"));
    release(firstHold).statusCode(409).body("code", equalTo("NOT_WAITING"));

    release(secondHold)
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("refunded", equalTo(true));
    release(secondHold).statusCode(200).body("status", equalTo("CANCELLED"));
    assertEquals(10, remaining(second[1]));
    assertEquals(1, Db.events(secondHold, BookingEvent.HOLD_RELEASED));
    Db.assertInvariants(cls.id());
  }

  @Test
  void aReservedSeatNobodyWantsGoesBackToThePublicPool() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 1);
    String[] booker = member();
    String bookingId = book(booker[1], cls.id());
    String[] waiter = member();
    String holdId = held(waiter[0], cls.id());
    cancelled(booker[1], bookingId);
    release(holdId).statusCode(200);

    releaseSlot(cls.id(), bookingId)
        .statusCode(200)
        .body("classId", equalTo(cls.id()))
        .body("capacity", equalTo(1))
        .body("freeSlots", equalTo(1))
        .body("reservedSlots", equalTo(0))
        .body("bookedSlots", equalTo(0));
    releaseSlot(cls.id(), bookingId).statusCode(200).body("freeSlots", equalTo(1));
    releaseSlot(cls.id(), UUID.randomUUID().toString())
        .statusCode(409)
        .body("code", equalTo("SLOT_NOT_RESERVED"));
    Db.assertInvariants(cls.id());
    book(member()[1], cls.id());
    Db.assertInvariants(cls.id());
  }

  @Test
  void promotionAfterTheStartIsRefused() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 1);
    String[] booker = member();
    String bookingId = book(booker[1], cls.id());
    String holdId = held(member()[0], cls.id());
    cancelled(booker[1], bookingId);
    TestClock.CLOCK.set(cls.startTime());
    promote(holdId, bookingId).statusCode(422).body("code", equalTo("CLASS_NOT_BOOKABLE"));
  }

  @Test
  void membersTokensCannotReachTheInternalApi() {
    given()
        .auth()
        .oauth2(TestTokens.newMember("SG"))
        .contentType(ContentType.JSON)
        .body(Map.of("requestId", "r", "userId", "u", "classId", "c"))
        .post("/internal/v1/holds")
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .post("/internal/v1/holds/x/release")
        .then()
        .statusCode(403);
    given().post("/internal/v1/holds/x/release").then().statusCode(401);
    given()
        .auth()
        .oauth2(SERVICE)
        .contentType(ContentType.JSON)
        .body(Map.of("userId", "u"))
        .post("/internal/v1/holds")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
  }
}
