package com.classbook.waitlist.adapter.in.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.platform.testing.KafkaProbe;
import com.classbook.waitlist.support.NoLockWaitsPool;
import com.classbook.waitlist.support.SchemaQueries;
import com.classbook.waitlist.support.Studio;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The waitlist's class events consumer under the platform's consumer policy (docs/platform.md,
 * "Consumer failures"): a cancellation that meets a locked replica row fails attempt after attempt
 * and is applied once the lock is gone, and the channel goes on with the events after it. The
 * service's connections do not wait for row locks here (lock wait timeout 0), so each attempt made
 * while the test holds the row fails at once.
 */
@QuarkusTest
@TestProfile(ClassEventsConsumerFailureTest.NoLockWaits.class)
class ClassEventsConsumerFailureTest {

  private static final String CONSUMER = "waitlist-class-events";

  public static class NoLockWaits implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(NoLockWaitsPool.class);
    }
  }

  @Test
  void aCancellationThatMeetsALockedRowIsRetriedAndTheChannelGoesOn() throws Exception {
    ClassState cls = classState();
    publish(ClassState.SCHEDULED, cls);
    await()
        .atMost(Studio.WAIT)
        .until(
            () -> replicas("SELECT COUNT(*) FROM class_schedule_replica WHERE id = ?", cls) == 1);
    double retriesBefore = counter("classbook_consumer_retries_total");
    double deadBefore = counter("classbook_consumer_dead_letters_total");

    ClassState later = classState();
    Instant lockedAt = Instant.now();
    try (AutoCloseable held = SchemaQueries.lockWaitlistRow("class_schedule_replica", cls.id())) {
      publish(ClassState.CANCELLED, cls.withCancelled(true));
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(100))
          .until(
              () ->
                  counter("classbook_consumer_retries_total") >= retriesBefore + 4
                      && Duration.between(lockedAt, Instant.now())
                              .compareTo(Duration.ofMillis(2500))
                          >= 0);
      // An event that comes after the failing one, while it is still failing.
      publish(ClassState.SCHEDULED, later);
      assertEquals(
          0L,
          replicas("SELECT COUNT(*) FROM class_schedule_replica WHERE id = ? AND cancelled", cls));
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                replicas(
                            "SELECT COUNT(*) FROM class_schedule_replica WHERE id = ? AND cancelled",
                            cls)
                        == 1
                    && replicas("SELECT COUNT(*) FROM class_schedule_replica WHERE id = ?", later)
                        == 1);
    assertEquals(deadBefore, counter("classbook_consumer_dead_letters_total"), "retried only");

    // And the channel still takes new events.
    ClassState last = classState();
    publish(ClassState.SCHEDULED, last);
    await()
        .atMost(Studio.WAIT)
        .until(
            () -> replicas("SELECT COUNT(*) FROM class_schedule_replica WHERE id = ?", last) == 1);
  }

  private static ClassState classState() {
    Instant start = Studio.inDays(6);
    return new ClassState(
        UUID.randomUUID().toString(),
        "Hold " + UUID.randomUUID().toString().substring(0, 6),
        Studio.COUNTRY,
        "Asia/Singapore",
        start,
        start.plus(Duration.ofHours(1)),
        4,
        1,
        true,
        false);
  }

  private static void publish(String type, ClassState state) {
    KafkaProbe.publish(Topics.CATALOG_CLASSES, state.id(), "/catalog-service", type, state);
  }

  private static long replicas(String sql, ClassState state) {
    return SchemaQueries.waitlist(sql, state.id());
  }

  private static double counter(String name) {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher m =
        Pattern.compile(
                "^" + name + "\\{[^}]*consumer=\"" + CONSUMER + "\"[^}]*\\} ([0-9.eE+-]+)$",
                Pattern.MULTILINE)
            .matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
