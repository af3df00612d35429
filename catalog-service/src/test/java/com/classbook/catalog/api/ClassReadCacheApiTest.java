package com.classbook.catalog.api;

import static com.classbook.catalog.support.CatalogApi.anonymous;
import static com.classbook.catalog.support.CatalogApi.asAdmin;
import static com.classbook.catalog.support.CatalogApi.createClass;
import static com.classbook.catalog.support.CatalogApi.uniqueFutureHour;
import static org.hamcrest.Matchers.equalTo;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.booking.AvailabilityChanged;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/**
 * The public class reads are kept for the configured time (here 30 s, so that the test does not
 * race the clock): a change that arrives by event shows after that time, or at once to a read that
 * asks for a fresh answer, and a write of this instance drops what it kept.
 */
@QuarkusTest
@TestProfile(ClassReadCacheApiTest.KeptFor30Seconds.class)
class ClassReadCacheApiTest {

  public static class KeptFor30Seconds implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("classbook.catalog.read-cache-ttl", "30s");
    }
  }

  @Test
  void readsAreKeptUntilAFreshAnswerIsAskedForOrThisInstanceWrites() {
    Instant start = uniqueFutureHour();
    String id = createClass("SG", start, 10).getString("id");
    anonymous()
        .get("/api/v1/classes/" + id)
        .then()
        .header("Cache-Control", "public, max-age=30")
        .body("availableSlots", equalTo(10));
    listing(anonymous(), start).then().header("Cache-Control", "public, max-age=30");

    EventEnvelope report =
        EventEnvelope.of(
            "/booking-service",
            AvailabilityChanged.TYPE,
            id,
            Instant.now(),
            new AvailabilityChanged(id, 10, 6, 0, 4));
    RecordMetadata sent =
        KafkaProbe.sendAt(Topics.BOOKING_AVAILABILITY, id, EventJson.write(report));
    KafkaProbe.awaitConsumed("catalog-service-test", sent, Duration.ofSeconds(30));

    anonymous().get("/api/v1/classes/" + id).then().body("availableSlots", equalTo(10));
    listing(anonymous(), start).then().body("items[0].availableSlots", equalTo(10));
    anonymous()
        .header("Cache-Control", "no-cache")
        .get("/api/v1/classes/" + id)
        .then()
        .body("availableSlots", equalTo(6));
    listing(anonymous().header("Cache-Control", "no-cache"), start)
        .then()
        .body("items[0].availableSlots", equalTo(6));

    asAdmin()
        .body(Map.of("title", "Renamed"))
        .patch("/api/v1/classes/" + id)
        .then()
        .statusCode(200);
    anonymous().get("/api/v1/classes/" + id).then().body("title", equalTo("Renamed"));
    listing(anonymous(), start).then().body("items[0].title", equalTo("Renamed"));
  }

  private static io.restassured.response.Response listing(
      RequestSpecification spec, Instant start) {
    return spec.queryParam("country", "SG")
        .queryParam("from", start.toString())
        .queryParam("to", start.plusSeconds(1).toString())
        .get("/api/v1/classes");
  }
}
