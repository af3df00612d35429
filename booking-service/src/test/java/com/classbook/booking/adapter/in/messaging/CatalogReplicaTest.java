package com.classbook.booking.adapter.in.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.support.Bookings;
import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.booking.WalletEvent;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.KafkaProbe;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/** The class replica: capacity changes and class cancellation arriving from the catalog. */
@QuarkusTest
class CatalogReplicaTest {

  private static String book(String token, String classId) {
    return Bookings.booked(token, classId);
  }

  @Test
  void raisingTheCapacityAddsFreeSeats() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 1);
    String token = TestTokens.newMember("SG");
    Catalog.buy(token, Catalog.offer("SG", 5, 30, true).id());
    book(token, cls.id());

    Catalog.publish(ClassState.UPDATED, cls.withCapacity(3));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Db.integer(
                        Db.one("SELECT free_slots FROM class_inventory WHERE id = ?", cls.id()),
                        "free_slots")
                    == 2);
    Db.assertInvariants(cls.id());
    String other = TestTokens.newMember("SG");
    Catalog.buy(other, Catalog.offer("SG", 5, 30, true).id());
    book(other, cls.id());
    Db.assertInvariants(cls.id());
  }

  @Test
  void aCancelledClassRefundsEveryBookingAndHoldExactlyOnce() {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(3), 1, 2);
    String booker = TestTokens.newMember("SG");
    String bookerPkg = Catalog.buy(booker, Catalog.offer("SG", 5, 30, true).id());
    String bookingId = book(booker, cls.id());
    String waiterId = UUID.randomUUID().toString();
    String waiter = TestTokens.member(waiterId, "SG");
    Catalog.buy(waiter, Catalog.offer("SG", 5, 30, true).id());
    String holdId =
        given()
            .auth()
            .oauth2(TestTokens.service())
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "requestId",
                    UUID.randomUUID().toString(),
                    "userId",
                    waiterId,
                    "classId",
                    cls.id()))
            .post("/internal/v1/holds")
            .then()
            .statusCode(201)
            .extract()
            .path("bookingId");

    ClassState cancelled = cls.withCapacity(1).withCancelled(true);
    String json =
        EventJson.write(
            EventEnvelope.of(
                "/catalog-service", ClassState.CANCELLED, cls.id(), Instant.now(), cancelled));
    KafkaProbe.send(Topics.CATALOG_CLASSES, cls.id(), json);
    KafkaProbe.send(Topics.CATALOG_CLASSES, cls.id(), json);
    EventEnvelope sameFactNewId =
        EventEnvelope.of(
            "/catalog-service", ClassState.CANCELLED, cls.id(), Instant.now(), cancelled);
    RecordMetadata last =
        KafkaProbe.sendAt(Topics.CATALOG_CLASSES, cls.id(), EventJson.write(sameFactNewId));

    // One key, one partition: once the replica's group is past the last record, all three were
    // handled, so "exactly once" below is asserted after the duplicate and the new id, not before.
    KafkaProbe.awaitConsumed("booking-service", last, Duration.ofSeconds(60));
    assertEquals(
        2,
        Db.count(
            "SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ? AND status = 'CANCELLED'"
                + " AND is_refunded = TRUE",
            cls.id()));
    assertEquals(
        2,
        Db.count(
            "SELECT COUNT(*) FROM inbox_event WHERE consumer = 'booking-class-replica'"
                + " AND event_id IN (?, ?)",
            EventJson.read(json).id(),
            sameFactNewId.id()),
        "the duplicate recorded once, the new id once");
    given()
        .auth()
        .oauth2(booker)
        .get("/api/v1/bookings/" + bookingId)
        .then()
        .body("status", equalTo("CANCELLED"))
        .body("refunded", equalTo(true));
    given()
        .auth()
        .oauth2(booker)
        .get("/api/v1/me/packages")
        .then()
        .body("items[0].remainingCredits", equalTo(5));
    given()
        .auth()
        .oauth2(waiter)
        .get("/api/v1/me/packages")
        .then()
        .body("items[0].remainingCredits", equalTo(5));
    assertEquals(1, Db.events(bookingId, BookingEvent.CANCELLED));
    assertEquals(1, Db.events(holdId, BookingEvent.HOLD_RELEASED));
    assertEquals(1, Db.events(bookerPkg, WalletEvent.REFUNDED));
    Db.assertInvariants(cls.id());
    given()
        .auth()
        .oauth2(booker)
        .contentType(ContentType.JSON)
        .body(Map.of("classId", cls.id()))
        .post("/api/v1/bookings")
        .then()
        .statusCode(422)
        .body("code", equalTo("CLASS_NOT_BOOKABLE"));
  }
}
