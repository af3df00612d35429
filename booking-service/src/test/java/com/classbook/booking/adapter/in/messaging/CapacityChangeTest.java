package com.classbook.booking.adapter.in.messaging;

import static com.classbook.booking.support.Bookings.book;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.booking.AvailabilityChanged;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Capacity changes from the catalog are decided where the seats are counted: added seats go to
 * waiting members first, and a cut below the seats booked or held is refused and reported back.
 */
@QuarkusTest
class CapacityChangeTest {

  @Test
  void addedSeatsAreReservedForWaitingMembersBeforeTheRestGoesPublic() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 1);
    book(member(), cls.id()).statusCode(201);
    String waiterId = UUID.randomUUID().toString();
    member(waiterId);
    given()
        .auth()
        .oauth2(TestTokens.service())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "requestId", UUID.randomUUID().toString(), "userId", waiterId, "classId", cls.id()))
        .post("/internal/v1/holds")
        .then()
        .statusCode(201);

    long reports = Db.events(cls.id(), AvailabilityChanged.TYPE);
    Catalog.publish(ClassState.UPDATED, cls.withCapacity(3));
    awaitReport(cls.id(), reports);

    Map<String, Object> seats =
        Db.one(
            "SELECT capacity, free_slots, reserved_slots FROM class_inventory WHERE id = ?",
            cls.id());
    assertEquals(3, Db.integer(seats, "capacity"));
    assertEquals(1, Db.integer(seats, "reserved_slots"), "one added seat for the one waiting hold");
    assertEquals(1, Db.integer(seats, "free_slots"), "the other added seat is public");
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM reserved_slot WHERE class_id = ? AND state = 'RESERVED'",
            cls.id()));
    Db.assertInvariants(cls.id());

    book(member(), cls.id()).statusCode(201);
    book(member(), cls.id()).statusCode(409).body("code", equalTo("CLASS_FULL"));
    Db.assertInvariants(cls.id());
  }

  @Test
  void aCutBelowTheBookedSeatsIsRefusedAndTheKeptCapacityReported() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 3, 1);
    book(member(), cls.id()).statusCode(201);
    book(member(), cls.id()).statusCode(201);

    long reports = Db.events(cls.id(), AvailabilityChanged.TYPE);
    Catalog.publish(ClassState.UPDATED, cls.withCapacity(1));
    AvailabilityChanged refused = awaitReport(cls.id(), reports);

    assertEquals(3, refused.capacity(), "the report carries the capacity in effect");
    assertEquals(1, refused.freeSlots());
    assertEquals(2, refused.bookedSlots());
    Db.assertInvariants(cls.id());
    book(member(), cls.id()).statusCode(201);

    long before = Db.events(cls.id(), AvailabilityChanged.TYPE);
    Catalog.publish(ClassState.UPDATED, cls.withCapacity(3));
    Catalog.publish(ClassState.UPDATED, cls.withCapacity(4));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Db.events(cls.id(), AvailabilityChanged.TYPE) >= before + 2);
    assertEquals(
        4,
        Db.integer(
            Db.one("SELECT capacity FROM class_inventory WHERE id = ?", cls.id()), "capacity"));
    Db.assertInvariants(cls.id());
  }

  /** Waits for the next AvailabilityChanged of the class after {@code before} and returns it. */
  private static AvailabilityChanged awaitReport(String classId, long before) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Db.events(classId, AvailabilityChanged.TYPE) > before);
    String payload =
        (String)
            Db.query(
                    "SELECT payload FROM outbox_event WHERE event_key = ? AND event_type = ?"
                        + " ORDER BY seq DESC LIMIT 1",
                    classId,
                    AvailabilityChanged.TYPE)
                .get(0)
                .get("payload");
    return EventJson.read(payload).dataAs(AvailabilityChanged.class);
  }

  private static String member() {
    return member(UUID.randomUUID().toString());
  }

  private static String member(String userId) {
    String token = TestTokens.member(userId, "SG");
    Catalog.buy(token, Catalog.offer("SG", 5, 30, true).id());
    return token;
  }
}
