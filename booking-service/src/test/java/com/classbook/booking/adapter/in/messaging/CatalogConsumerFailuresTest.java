package com.classbook.booking.adapter.in.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.booking.support.Bookings;
import com.classbook.booking.support.Catalog;
import com.classbook.booking.support.Db;
import com.classbook.booking.support.NoLockWaitsPool;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.KafkaProbe;
import com.classbook.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/**
 * The class replica's consumer under the platform's consumer policy (docs/platform.md, "Consumer
 * failures"): a cancellation that meets a locked class row is retried with backoff until it
 * applies, and an event that can never apply goes to booking's dead-letter topic while the events
 * after it still apply. The service's connections do not wait for row locks here (lock wait timeout
 * 0), so every attempt made while the test holds the row fails at once, as a deadlock victim would.
 */
@QuarkusTest
@TestProfile(CatalogConsumerFailuresTest.NoLockWaits.class)
class CatalogConsumerFailuresTest {

  private static final String DEAD_LETTERS = "booking.dead-letters.v1";
  private static final String CLASS_REPLICA = "booking-class-replica";

  public static class NoLockWaits implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(NoLockWaitsPool.class);
    }
  }

  @Test
  void aCancellationThatMeetsALockedClassRowIsAppliedOnceTheLockIsGone() throws Exception {
    ClassState cls = Catalog.schedule("SG", Catalog.inDays(4), 2, 2);
    String member = TestTokens.newMember("SG");
    Catalog.buy(member, Catalog.offer("SG", 6, 30, true).id());
    String bookingId = Bookings.book(member, cls.id()).statusCode(201).extract().path("id");
    double retriesBefore = counter("classbook_consumer_retries_total", CLASS_REPLICA);
    double deadBefore = counter("classbook_consumer_dead_letters_total", CLASS_REPLICA);

    Instant lockedAt = Instant.now();
    try (AutoCloseable held = Db.lockClassRow(cls.id())) {
      Catalog.publish(ClassState.CANCELLED, cls.withCancelled(true));
      // Held for a few seconds: long enough for attempts with growing pauses to fail against it
      // (a consumer without backoff makes all its attempts within milliseconds).
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(100))
          .until(
              () ->
                  counter("classbook_consumer_retries_total", CLASS_REPLICA) >= retriesBefore + 4
                      && Duration.between(lockedAt, Instant.now())
                              .compareTo(Duration.ofMillis(2500))
                          >= 0);
      assertEquals(
          "CONFIRMED",
          Db.one("SELECT status FROM bookings WHERE id = ?", bookingId).get("status"),
          "nothing applied while the row is held");
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                "CANCELLED"
                    .equals(
                        Db.one("SELECT status FROM bookings WHERE id = ?", bookingId)
                            .get("status")));
    assertEquals(
        1L,
        Db.count("SELECT COUNT(*) FROM bookings WHERE id = ? AND is_refunded = TRUE", bookingId),
        "refunded");
    given()
        .auth()
        .oauth2(member)
        .get("/api/v1/me/packages")
        .then()
        .statusCode(200)
        .body("items[0].remainingCredits", org.hamcrest.Matchers.equalTo(6));
    assertEquals(
        1L,
        Db.count("SELECT COUNT(*) FROM class_inventory WHERE id = ? AND is_cancelled", cls.id()));
    Db.assertInvariants(cls.id());
    assertTrue(counter("classbook_consumer_retries_total", CLASS_REPLICA) >= retriesBefore + 4);
    assertEquals(
        deadBefore,
        counter("classbook_consumer_dead_letters_total", CLASS_REPLICA),
        "retried, not dead-lettered");
  }

  @Test
  void anEventThatCanNeverApplyIsDeadLetteredAndTheNextOneStillApplies() {
    ClassState next = Catalog.classState("SG", Catalog.inDays(5), Duration.ofHours(1), 3, 1);
    // Same key as the valid event after them: one partition, so they are consumed in this order.
    RecordMetadata unreadable =
        KafkaProbe.sendAt(Topics.CATALOG_CLASSES, next.id(), "{\"specversion\": \"1.0\", ");
    String unusable =
        EventJson.write(
                EventEnvelope.of(
                    "/catalog-service", ClassState.UPDATED, next.id(), Instant.now(), next))
            .replace("\"capacity\":3", "\"capacity\":\"three\"");
    assertTrue(unusable.contains("\"capacity\":\"three\""), unusable);
    RecordMetadata unusableAt = KafkaProbe.sendAt(Topics.CATALOG_CLASSES, next.id(), unusable);

    Catalog.schedule(next);

    ConsumerRecord<String, String> first =
        KafkaProbe.awaitDeadLetter(DEAD_LETTERS, unreadable, Duration.ofSeconds(30));
    assertEquals("{\"specversion\": \"1.0\", ", first.value(), "the original payload");
    assertEquals(next.id(), first.key());
    assertEquals(CLASS_REPLICA, KafkaProbe.header(first, "classbook_dlq_consumer"));
    assertEquals("poison", KafkaProbe.header(first, "classbook_dlq_reason"));
    assertEquals("1", KafkaProbe.header(first, "classbook_dlq_attempts"));
    assertEquals(Topics.CATALOG_CLASSES, KafkaProbe.header(first, "classbook_dlq_topic"));
    assertTrue(
        KafkaProbe.header(first, "classbook_dlq_error").contains("CloudEvents envelope"),
        KafkaProbe.header(first, "classbook_dlq_error"));

    ConsumerRecord<String, String> second =
        KafkaProbe.awaitDeadLetter(DEAD_LETTERS, unusableAt, Duration.ofSeconds(30));
    assertEquals(unusable, second.value());
    assertEquals("poison", KafkaProbe.header(second, "classbook_dlq_reason"));
    assertTrue(
        KafkaProbe.header(second, "classbook_dlq_error").contains("ClassState"),
        KafkaProbe.header(second, "classbook_dlq_error"));
    assertTrue(counter("classbook_consumer_dead_letters_total", CLASS_REPLICA) >= 2);
    assertEquals(
        3,
        Db.integer(
            Db.one("SELECT capacity FROM class_inventory WHERE id = ?", next.id()), "capacity"));
  }

  /** A consumer's series of a counter on /q/metrics (0 while absent). */
  static double counter(String name, String consumer) {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher m =
        Pattern.compile(
                "^" + name + "\\{[^}]*consumer=\"" + consumer + "\"[^}]*\\} ([0-9.eE+-]+)$",
                Pattern.MULTILINE)
            .matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
