package com.classbook.platform.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.event.EventJson;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdTest {

  private static final String VALID_ID = "[A-Za-z0-9._-]{1,128}";

  @Test
  void aValidIncomingIdIsKeptAndNamedByTheProblem() {
    given()
        .header("X-Request-Id", "client.Req_42-a")
        .get("/probe/no-such-path")
        .then()
        .statusCode(404)
        .header("X-Request-Id", "client.Req_42-a")
        .contentType("application/problem+json")
        .body("instance", equalTo("urn:request:client.Req_42-a"));
  }

  @Test
  void anInvalidIncomingIdIsReplaced() {
    given()
        .header("X-Request-Id", "not valid!")
        .get("/q/health/live")
        .then()
        .statusCode(200)
        .header("X-Request-Id", matchesPattern(VALID_ID))
        .header("X-Request-Id", not(equalTo("not valid!")));
    given()
        .header("X-Request-Id", "x".repeat(129))
        .get("/q/health/live")
        .then()
        .header("X-Request-Id", not(equalTo("x".repeat(129))));
  }

  @Test
  void aDirectCallWithoutIdGetsOneOfItsOwn() {
    var answer = given().get("/probe/boom").then().statusCode(500).extract();
    String id = answer.header("X-Request-Id");
    assertTrue(id.matches(VALID_ID), id);
    assertEquals("urn:request:" + id, answer.path("instance"));
    given().get("/probe/boom").then().header("X-Request-Id", not(equalTo(id)));
  }

  @Test
  void theIdTravelsWithTheEventsTheRequestWrote() {
    String ref = "rid-" + UUID.randomUUID().toString().substring(0, 8);
    String requestId = "trace-" + UUID.randomUUID();
    given().header("X-Request-Id", requestId).post("/probe/outbox/" + ref).then().statusCode(204);

    var records =
        KafkaProbe.awaitMatching(
            "platform.probe.v1", r -> ref.equals(r.key()), Duration.ofSeconds(30));
    var header = records.get(0).headers().lastHeader(RequestIds.KAFKA_HEADER);
    assertNotNull(header, "the record carries the request id header");
    assertEquals(requestId, new String(header.value(), StandardCharsets.UTF_8));
    assertEquals(requestId, EventJson.read(records.get(0).value()).requestid());
  }
}
