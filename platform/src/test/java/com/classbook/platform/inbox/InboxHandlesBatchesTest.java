package com.classbook.platform.inbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxHandlesBatchesTest {

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aBatchHasOneEffectPerNewEventInOneTransaction() {
    String first = event("a-" + run);
    String second = event("b-" + run);

    assertEquals(true, handle(List.of(first, first, second, "not a cloud event")));
    assertEquals(true, handle(List.of(second, first)), "a redelivered batch");

    assertEquals(1L, effects("a-" + run));
    assertEquals(1L, effects("b-" + run));
  }

  @Test
  void aBatchThatFailsIsHandledOneEventAtATime() {
    List<String> batch = List.of(event("c-" + run), event("fail-" + run), event("e-" + run));

    assertEquals(false, handle(batch), "the batch rolled back");

    assertEquals(1L, effects("c-" + run), "the rolled back effect happened once, on its own");
    assertEquals(0L, effects("fail-" + run));
    assertEquals(1L, effects("e-" + run));
  }

  private static String event(String ref) {
    return EventJson.write(
        EventEnvelope.of("/test", "platform.Probe.v1", ref, Instant.now(), Map.of("ref", ref)));
  }

  private static boolean handle(List<String> records) {
    return given()
        .contentType(ContentType.JSON)
        .body(records)
        .post("/probe/inbox-batch")
        .then()
        .statusCode(200)
        .extract()
        .path("inOneTransaction");
  }

  private static long effects(String ref) {
    return given().get("/probe/effects/" + ref).then().statusCode(200).extract().as(Long.class);
  }
}
