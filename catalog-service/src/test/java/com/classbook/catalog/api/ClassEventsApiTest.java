package com.classbook.catalog.api;

import static com.classbook.catalog.support.CatalogApi.asAdmin;
import static com.classbook.catalog.support.CatalogApi.createClass;
import static com.classbook.catalog.support.CatalogApi.uniqueFutureHour;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.catalog.support.Events;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.catalog.ClassState;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each class change is published once on catalog.classes.v1, keyed by the class id. */
@QuarkusTest
class ClassEventsApiTest {

  @Test
  void scheduleUpdateAndCancelEachEmitTheirEventOnceWithTheFullState() {
    Instant since = Instant.now();
    Instant start = uniqueFutureHour().truncatedTo(ChronoUnit.MINUTES);
    String id = createClass("JP", start, 10).getString("id");
    asAdmin()
        .body(Map.of("title", "Power Yoga", "capacity", 12))
        .patch("/api/v1/classes/" + id)
        .then()
        .statusCode(200);
    // No change, refused change and repeated cancel publish nothing.
    asAdmin()
        .body(Map.of("title", "Power Yoga"))
        .patch("/api/v1/classes/" + id)
        .then()
        .statusCode(200);
    asAdmin().body(Map.of("capacity", 0)).patch("/api/v1/classes/" + id).then().statusCode(400);
    asAdmin().post("/api/v1/classes/" + id + "/cancel").then().statusCode(200);
    asAdmin().post("/api/v1/classes/" + id + "/cancel").then().statusCode(200);

    List<EventEnvelope> events = Events.published(Topics.CATALOG_CLASSES, id, since, 3);
    assertEquals(
        List.of(ClassState.SCHEDULED, ClassState.UPDATED, ClassState.CANCELLED),
        events.stream().map(EventEnvelope::type).toList());
    events.forEach(e -> assertEquals(id, e.subject()));
    Instant end = start.plus(1, ChronoUnit.HOURS);
    assertEquals(
        new ClassState(
            id, titleOf(events.get(0)), "JP", "Asia/Tokyo", start, end, 10, 2, true, false),
        events.get(0).dataAs(ClassState.class));
    assertEquals(
        new ClassState(id, "Power Yoga", "JP", "Asia/Tokyo", start, end, 12, 2, true, false),
        events.get(1).dataAs(ClassState.class));
    assertEquals(
        new ClassState(id, "Power Yoga", "JP", "Asia/Tokyo", start, end, 12, 2, false, true),
        events.get(2).dataAs(ClassState.class));
  }

  private static String titleOf(EventEnvelope event) {
    return event.dataAs(ClassState.class).title();
  }
}
