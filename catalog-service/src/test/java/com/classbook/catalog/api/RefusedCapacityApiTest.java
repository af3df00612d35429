package com.classbook.catalog.api;

import static com.classbook.catalog.support.CatalogApi.anonymous;
import static com.classbook.catalog.support.CatalogApi.asAdmin;
import static com.classbook.catalog.support.CatalogApi.createClass;
import static com.classbook.catalog.support.CatalogApi.uniqueFutureHour;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.catalog.support.Events;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.booking.AvailabilityChanged;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/**
 * The catalog's capacity check reads a view that may lag; the booking service decides, and when it
 * reports more seats booked or held than the catalog's capacity (it refused the cut and kept its
 * capacity), the catalog sets that capacity back and announces it.
 */
@QuarkusTest
class RefusedCapacityApiTest {
  private static final String GROUP = "catalog-service-test";

  @Test
  void aCutTheBookingServiceRefusedIsSetBackToTheCapacityItKept() {
    String id = createClass("SG", uniqueFutureHour(), 10).getString("id");
    report(id, 10, 5, 1, 4);
    // The view says 5 seats are taken: 6 passes the catalog's own check.
    asAdmin()
        .body(Map.of("capacity", 6))
        .patch("/api/v1/classes/" + id)
        .then()
        .statusCode(200)
        .body("capacity", equalTo(6));

    // Meanwhile 7 seats were booked: the booking service kept 10 and says so.
    Instant since = Instant.now().minusSeconds(1);
    report(id, 10, 2, 1, 7);

    anonymous().get("/api/v1/classes/" + id).then().body("capacity", equalTo(10));
    List<EventEnvelope> setBack =
        Events.published(Topics.CATALOG_CLASSES, id, since, 2).stream()
            .filter(e -> ClassState.UPDATED.equals(e.type()))
            .filter(e -> e.dataAs(ClassState.class).capacity() == 10)
            .toList();
    assertEquals(1, setBack.size(), "one ClassUpdated carries the capacity back");
  }

  @Test
  void aReportThatOnlyLagsBehindAChangeLeavesTheCapacityAlone() {
    String id = createClass("SG", uniqueFutureHour(), 10).getString("id");
    report(id, 10, 6, 0, 4);
    asAdmin().body(Map.of("capacity", 6)).patch("/api/v1/classes/" + id).then().statusCode(200);

    // A report of the old capacity arriving late: its 4 taken seats still fit into 6.
    report(id, 10, 6, 0, 4);
    anonymous().get("/api/v1/classes/" + id).then().body("capacity", equalTo(6));
    asAdmin().body(Map.of("capacity", 12)).patch("/api/v1/classes/" + id).then().statusCode(200);
    report(id, 6, 2, 0, 4);
    // The booking service has not applied 12 yet: its 6 is no refusal, the 4 seats fit.
    anonymous().get("/api/v1/classes/" + id).then().body("capacity", equalTo(12));
  }

  private static void report(String classId, int capacity, int free, int reserved, int booked) {
    EventEnvelope envelope =
        EventEnvelope.of(
            "/booking-service",
            AvailabilityChanged.TYPE,
            classId,
            Instant.now(),
            new AvailabilityChanged(classId, capacity, free, reserved, booked));
    RecordMetadata sent =
        KafkaProbe.sendAt(Topics.BOOKING_AVAILABILITY, classId, EventJson.write(envelope));
    KafkaProbe.awaitConsumed(GROUP, sent, Duration.ofSeconds(30));
  }
}
