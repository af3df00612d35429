package com.classbook.catalog.api;

import static com.classbook.catalog.support.CatalogApi.anonymous;
import static com.classbook.catalog.support.CatalogApi.asAdmin;
import static com.classbook.catalog.support.CatalogApi.createClass;
import static com.classbook.catalog.support.CatalogApi.uniqueFutureHour;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.catalog.support.Events;
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
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Free seats come from the booking service's AvailabilityChanged events, never from a call. The
 * broker is shared: a running booking service also reports on these classes (free = capacity)
 * whenever it learns of a class change, so reports are re-sent until they are seen to hold.
 */
@QuarkusTest
class AvailabilityViewTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @Inject TestDatabase database;

  @Test
  void listingAndReadShowTheReportedFreeSlots() {
    Instant start = uniqueFutureHour();
    String id = createClass("SG", start, 10).getString("id");
    // A new class shows its full capacity before any report.
    anonymous().get("/api/v1/classes/" + id).then().body("availableSlots", equalTo(10));
    settle(id);

    reportUntilSeen(id, 10, 7, 0, 3);
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
    settle(id);
    // A report from before a capacity cut, say: more free seats than the class now has.
    Instant deadline = Instant.now().plus(DEADLINE);
    while (!viewFreeSlots(id).equals(List.of("9")) && Instant.now().isBefore(deadline)) {
      report(id, 10, 9, 0, 1);
      await().atMost(Duration.ofSeconds(3)).until(() -> viewFreeSlots(id).equals(List.of("9")));
    }
    assertEquals(4, slotsRead(id));
    reportUntilSeen(id, 4, 3, 0, 1);
  }

  @Test
  void capacityCannotDropBelowBookedPlusReservedSeats() {
    String id = createClass("SG", uniqueFutureHour(), 10).getString("id");
    settle(id);
    reportUntilSeen(id, 10, 5, 1, 4);

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
    settle(id);
    var first = reportUntilSeen(id, 10, 6, 0, 4);
    reportUntilSeen(id, 10, 5, 0, 5);

    // The first event again (same id): the inbox must ignore it, so its 6 never comes back.
    KafkaProbe.send(Topics.BOOKING_AVAILABILITY, id, EventJson.write(first));
    await()
        .during(Duration.ofSeconds(4))
        .atMost(Duration.ofSeconds(10))
        .until(() -> slotsRead(id) != 6);
  }

  @Test
  void malformedReportsAreSkippedWithoutStallingTheConsumer() {
    String id = createClass("SG", uniqueFutureHour(), 10).getString("id");
    settle(id);
    Events.send(
        Topics.BOOKING_AVAILABILITY,
        id,
        AvailabilityChanged.TYPE,
        Map.of("classId", id, "capacity", 10, "freeSlots", -3));
    KafkaProbe.send(Topics.BOOKING_AVAILABILITY, id, "{ not json");
    reportUntilSeen(id, 10, 8, 0, 2);
  }

  /** Sends the report until the class shows its free slots steadily; returns the last event. */
  private static EventEnvelope reportUntilSeen(
      String classId, int capacity, int free, int reserved, int booked) {
    Instant deadline = Instant.now().plus(DEADLINE);
    while (true) {
      EventEnvelope sent = report(classId, capacity, free, reserved, booked);
      try {
        await()
            .atMost(Duration.ofSeconds(5))
            .during(Duration.ofMillis(1500))
            .until(() -> slotsRead(classId) == Math.min(free, capacityOf(classId)));
        return sent;
      } catch (ConditionTimeoutException overwritten) {
        if (Instant.now().isAfter(deadline)) {
          throw overwritten;
        }
      }
    }
  }

  private static EventEnvelope report(
      String classId, int capacity, int free, int reserved, int booked) {
    return Events.send(
        Topics.BOOKING_AVAILABILITY,
        classId,
        AvailabilityChanged.TYPE,
        new AvailabilityChanged(classId, capacity, free, reserved, booked));
  }

  /**
   * Gives a booking service that shares the broker the chance to report on the new class first (it
   * does once per class change); without one, nothing arrives and the wait just ends.
   */
  private void settle(String id) {
    try {
      await().atMost(Duration.ofSeconds(8)).until(() -> !viewFreeSlots(id).isEmpty());
    } catch (ConditionTimeoutException noBookingServiceRunning) {
      // Nothing to wait for.
    }
  }

  private List<String> viewFreeSlots(String id) {
    return database.strings("SELECT free_slots FROM class_availability WHERE class_id = ?", id);
  }

  private static int capacityOf(String id) {
    return anonymous().get("/api/v1/classes/" + id).then().extract().path("capacity");
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
