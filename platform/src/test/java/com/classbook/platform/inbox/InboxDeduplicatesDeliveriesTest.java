package com.classbook.platform.inbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.platform.probe.ProbeConsumer;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxDeduplicatesDeliveriesTest {

  @Test
  void aDuplicateDeliveryHasOneEffect() {
    String ref = "dup-" + UUID.randomUUID();
    String json =
        EventJson.write(
            EventEnvelope.of("/test", "platform.Probe.v1", ref, Instant.now(), Map.of("ref", ref)));
    int before = ProbeConsumer.DELIVERIES.get();

    KafkaProbe.send("platform.probe.v1", ref, json);
    KafkaProbe.send("platform.probe.v1", ref, json);
    KafkaProbe.send("platform.probe.v1", ref, "not a cloud event");

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> ProbeConsumer.DELIVERIES.get() >= before + 3);
    assertEquals(1L, effects(ref));
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
