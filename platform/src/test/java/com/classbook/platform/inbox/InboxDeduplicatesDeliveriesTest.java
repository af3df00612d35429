package com.classbook.platform.inbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxDeduplicatesDeliveriesTest {

  @Test
  void aDuplicateDeliveryHasOneEffect() {
    String ref = "dup-" + UUID.randomUUID();
    String json =
        EventJson.write(
            EventEnvelope.of("/test", "platform.Probe.v1", ref, Instant.now(), Map.of("ref", ref)));
    KafkaProbe.send("platform.probe.v1", ref, json);
    RecordMetadata duplicate = KafkaProbe.sendAt("platform.probe.v1", ref, json);

    // Same key, same partition: once the group is past the duplicate, both deliveries were handled.
    KafkaProbe.awaitConsumed("platform-probe", duplicate, Duration.ofSeconds(60));
    assertEquals(1L, effects(ref));
  }

  @Test
  void anUnreadableRecordIsDeadLetteredAndLaterEventsStillHaveTheirEffect() {
    String ref = "after-garbage-" + UUID.randomUUID();
    RecordMetadata garbage = KafkaProbe.sendAt("platform.probe.v1", ref, "not a cloud event");
    KafkaProbe.send(
        "platform.probe.v1",
        ref,
        EventJson.write(
            EventEnvelope.of(
                "/test", "platform.Probe.v1", ref, Instant.now(), Map.of("ref", ref))));

    KafkaProbe.awaitConsumed("platform-probe", garbage, Duration.ofSeconds(60));
    await().atMost(Duration.ofSeconds(60)).until(() -> effects(ref) == 1L);
    KafkaProbe.awaitDeadLetter("platform.dead-letters.v1", garbage, Duration.ofSeconds(30));
  }

  @Test
  void distinctEventsEachHaveTheirEffect() {
    String ref = "distinct-" + UUID.randomUUID();
    for (int i = 0; i < 2; i++) {
      KafkaProbe.send(
          "platform.probe.v1",
          ref,
          EventJson.write(
              EventEnvelope.of(
                  "/test", "platform.Probe.v1", ref, Instant.now(), Map.of("ref", ref))));
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> effects(ref) == 2L);
  }

  static long effects(String ref) {
    return given().get("/probe/effects/" + ref).then().statusCode(200).extract().as(Long.class);
  }
}
