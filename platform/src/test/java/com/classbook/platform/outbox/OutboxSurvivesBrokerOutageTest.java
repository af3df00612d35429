package com.classbook.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.EventJson;
import com.classbook.platform.testing.Infra;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxSurvivesBrokerOutageTest {

  @AfterEach
  void brokerBack() {
    Infra.run("kafka-start");
  }

  @Test
  void eventWrittenWhileKafkaIsDownIsDeliveredOnceAfterItReturns() {
    String ref = "outage-" + UUID.randomUUID();
    Infra.run("kafka-stop");

    given().post("/probe/outbox/" + ref).then().statusCode(204);
    // The relay keeps trying while the broker is away; the row must stay pending, not be lost.
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(() -> pending(ref) == 1);

    Infra.run("kafka-start");

    await().atMost(Duration.ofSeconds(60)).until(() -> pending(ref) == 0);
    var delivered =
        KafkaProbe.awaitMatching(
            "platform.probe.v1", r -> ref.equals(r.key()), Duration.ofSeconds(30));
    assertEquals(1, delivered.size(), "exactly one record for the event");
    var envelope = EventJson.read(delivered.get(0).value());
    assertEquals("platform.Probe.v1", envelope.type());
    assertEquals(ref, envelope.subject());
    assertEquals("/platform-test", envelope.source());
    await().atMost(Duration.ofSeconds(30)).until(() -> effects(ref) == 1);
  }

  static long pending(String ref) {
    return given()
        .get("/probe/outbox/" + ref + "/pending")
        .then()
        .statusCode(200)
        .extract()
        .as(Long.class);
  }

  static long effects(String ref) {
    return given().get("/probe/effects/" + ref).then().statusCode(200).extract().as(Long.class);
  }
}
