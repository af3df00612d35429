package com.classbook.catalog.api;

import static com.classbook.catalog.support.CatalogApi.anonymous;
import static com.classbook.catalog.support.CatalogApi.asAdmin;
import static com.classbook.catalog.support.CatalogApi.createClass;
import static com.classbook.catalog.support.CatalogApi.uniqueFutureHour;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.catalog.support.TestDatabase;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.booking.AvailabilityChanged;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/**
 * Free seats come from the booking service's AvailabilityChanged events, never from a call. The
 * tests play the booking service on the test environment's own broker, where nothing else reports.
 */
@QuarkusTest
class AvailabilityViewApiTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final String GROUP = "catalog-service-test";

  @Inject TestDatabase database;

  @Test
  void listingAndReadShowTheReportedFreeSlots() {
    Instant start = uniqueFutureHour();
    String id = createClass("SG", start, 10).getString("id");
    // A new class shows its full capacity before any report.
    anonymous().get("/api/v1/classes/" + id).then().body("availableSlots", equalTo(10));

    reportAndAwait(id, 10, 7, 0, 3);
    assertEquals(7, slotsRead(id));
    anonymous()
        .queryParam("country", "SG")
        .queryParam("from", start.toString())
        .queryParam("to", start.plusSeconds(1).toString())
        .queryParam("size", 100)
        .get("/api/v1/classes")
        .then()
        .body("items.find { it.id == '" + id + "' }.availableSlots", equalTo(7));
  }

  @Test
  void freeSlotsNeverExceedTheCapacity() {
    String id = createClass("SG", uniqueFutureHour(), 4).getString("id");
    // A report from before a capacity cut, say: more free seats than the class now has.
    reportAndAwait(id, 10, 9, 0, 1);
    assertEquals(List.of("9"), viewFreeSlots(id));
    assertEquals(4, slotsRead(id));
    reportAndAwait(id, 4, 3, 0, 1);
    assertEquals(3, slotsRead(id));
  }

  @Test
  void capacityCannotDropBelowBookedPlusReservedSeats() {
    String id = createClass("SG", uniqueFutureHour(), 10).getString("id");
    reportAndAwait(id, 10, 5, 1, 4);

    asAdmin()
        .body(Map.of("capacity", 4))
        .patch("/api/v1/classes/" + id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("CAPACITY_BELOW_BOOKED"));
    anonymous().get("/api/v1/classes/" + id).then().body("capacity", equalTo(10));
    asAdmin()
        .body(Map.of("capacity", 5))
        .patch("/api/v1/classes/" + id)
        .then()
        .statusCode(200)
        .body("capacity", equalTo(5));
  }

  @Test
  void aRedeliveredEventHasNoSecondEffect() {
    String id = createClass("SG", uniqueFutureHour(), 10).getString("id");
    EventEnvelope first = reportAndAwait(id, 10, 6, 0, 4);
    reportAndAwait(id, 10, 5, 0, 5);

    // The first event again (same id): the inbox must ignore it, so its 6 never comes back.
    RecordMetadata again =
        KafkaProbe.sendAt(Topics.BOOKING_AVAILABILITY, id, EventJson.write(first));
    KafkaProbe.awaitConsumed(GROUP, again, DEADLINE);
    assertEquals(5, slotsRead(id));
  }

  @Test
  void malformedReportsAreDeadLetteredWithoutStallingTheConsumer() {
    String id = createClass("SG", uniqueFutureHour(), 10).getString("id");
    RecordMetadata negative =
        KafkaProbe.sendAt(
            Topics.BOOKING_AVAILABILITY,
            id,
            EventJson.write(
                EventEnvelope.of(
                    "/booking-service",
                    AvailabilityChanged.TYPE,
                    id,
                    Instant.now(),
                    Map.of("classId", id, "capacity", 10, "freeSlots", -3))));
    RecordMetadata notJson = KafkaProbe.sendAt(Topics.BOOKING_AVAILABILITY, id, "{ not json");
    reportAndAwait(id, 10, 8, 0, 2);
    assertEquals(8, slotsRead(id));
    for (RecordMetadata malformed : List.of(negative, notJson)) {
      ConsumerRecord<String, String> letter =
          KafkaProbe.awaitDeadLetter("catalog.dead-letters.v1", malformed, DEADLINE);
      assertEquals("catalog-availability", KafkaProbe.header(letter, "classbook_dlq_consumer"));
      assertEquals("poison", KafkaProbe.header(letter, "classbook_dlq_reason"));
      assertEquals(id, letter.key());
    }
  }

  /** Reports the class's seats as booking would and waits until the catalog consumed the report. */
  private static EventEnvelope reportAndAwait(
      String classId, int capacity, int free, int reserved, int booked) {
    EventEnvelope envelope =
        EventEnvelope.of(
            "/booking-service",
            AvailabilityChanged.TYPE,
            classId,
            Instant.now(),
            new AvailabilityChanged(classId, capacity, free, reserved, booked));
    RecordMetadata sent =
        KafkaProbe.sendAt(Topics.BOOKING_AVAILABILITY, classId, EventJson.write(envelope));
    KafkaProbe.awaitConsumed(GROUP, sent, DEADLINE);
    return envelope;
  }

  private List<String> viewFreeSlots(String id) {
    return database.strings("SELECT free_slots FROM class_availability WHERE class_id = ?", id);
  }

  private static int slotsRead(String id) {
    return anonymous()
        .get("/api/v1/classes/" + id)
        .then()
        .statusCode(200)
        .extract()
        .path("availableSlots");
  }
}
