package com.classbook.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.platform.probe.ProbeClock;
import com.classbook.platform.probe.ProbeResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyKeyTest {

  @AfterEach
  void realTime() {
    ProbeClock.CLOCK.reset();
  }

  @Test
  void replayReturnsTheFirstResponseWithoutASecondEffect() {
    String ref = ref();
    String key = UUID.randomUUID().toString();
    post(key, ref).then().statusCode(201).body("ref", equalTo(ref));
    post(key, ref)
        .then()
        .statusCode(201)
        .header(IdempotentRequests.REPLAYED_HEADER, "true")
        .body("ref", equalTo(ref));
    assertEquals(1L, effects(ref));
  }

  @Test
  void sameKeyWithAnotherBodyIs422() {
    String key = UUID.randomUUID().toString();
    post(key, ref()).then().statusCode(201);
    post(key, ref())
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
  }

  @Test
  void concurrentDuplicateIs409WhileTheFirstIsInFlight() throws Exception {
    String ref = ref();
    String key = UUID.randomUUID().toString();
    ProbeResource.Gate gate = new ProbeResource.Gate();
    ProbeResource.GATES.put(ref, gate);
    try {
      CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(key, ref));
      gate.entered().get(20, TimeUnit.SECONDS);
      post(key, ref).then().statusCode(409).body("code", equalTo("REQUEST_IN_PROGRESS"));
      gate.release().complete(null);
      assertEquals(201, first.get().statusCode());
      post(key, ref).then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, "true");
      assertEquals(1L, effects(ref));
    } finally {
      gate.release().complete(null);
      ProbeResource.GATES.remove(ref);
    }
  }

  @Test
  void aDomainRefusalIsStoredAndReplayedToo() {
    String key = UUID.randomUUID().toString();
    String ref = "refuse-" + UUID.randomUUID().toString().substring(0, 8);
    post(key, ref).then().statusCode(409).body("code", equalTo("CLASS_FULL"));
    post(key, ref)
        .then()
        .statusCode(409)
        .header(IdempotentRequests.REPLAYED_HEADER, "true")
        .body("code", equalTo("CLASS_FULL"));
  }

  @Test
  void aServerSideFailureIsNotKeptSoTheClientCanRetry() {
    String key = UUID.randomUUID().toString();
    String ref = "unavailable-" + UUID.randomUUID().toString().substring(0, 8);
    post(key, ref).then().statusCode(503).body("code", equalTo("SERVICE_UNAVAILABLE"));
    post(key, ref).then().statusCode(503).header(IdempotentRequests.REPLAYED_HEADER, nullValue());
  }

  @Test
  void withoutAKeyEveryRequestActs() {
    String ref = ref();
    post(null, ref).then().statusCode(201);
    post(null, ref).then().statusCode(201);
    assertEquals(2L, effects(ref));
  }

  @Test
  void keysThatDifferOnlyInLetterCaseAreDifferentKeys() {
    String key = "Key-" + UUID.randomUUID();
    String first = ref();
    String second = ref();
    post(key, first).then().statusCode(201).body("ref", equalTo(first));
    post(key.toUpperCase(Locale.ROOT), second)
        .then()
        .statusCode(201)
        .header(IdempotentRequests.REPLAYED_HEADER, nullValue())
        .body("ref", equalTo(second));
    post(key, second).then().statusCode(422);
    assertEquals(1L, effects(first));
    assertEquals(1L, effects(second));
  }

  @Test
  void aRecordOlderThanTheRetentionIsANewRequest() {
    String key = UUID.randomUUID().toString();
    String first = ref();
    String later = ref();
    post(key, first).then().statusCode(201);

    ProbeClock.CLOCK.advance(Duration.ofHours(25));
    post(key, later)
        .then()
        .statusCode(201)
        .header(IdempotentRequests.REPLAYED_HEADER, nullValue())
        .body("ref", equalTo(later));
    post(key, later).then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, "true");
    assertEquals(1L, effects(later));
  }

  @Test
  void aRequestStuckInProgressPastTheLeaseIsTakenOverByItsRetry() throws Exception {
    String ref = ref();
    String key = UUID.randomUUID().toString();
    ProbeResource.Gate gate = new ProbeResource.Gate();
    ProbeResource.GATES.put(ref, gate);
    try {
      // The first attempt claims the key and then hangs, like an instance that dies before it
      // stores its answer.
      CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(key, ref));
      gate.entered().get(20, TimeUnit.SECONDS);
      post(key, ref).then().statusCode(409).body("code", equalTo("REQUEST_IN_PROGRESS"));
      post(key, "r" + UUID.randomUUID().toString().substring(0, 12)).then().statusCode(422);

      ProbeClock.CLOCK.advance(Duration.ofMinutes(3));
      ProbeResource.GATES.remove(ref);
      post(key, ref).then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, nullValue());

      // The stale attempt fails at last: it must not free the key its retry holds now.
      gate.release()
          .completeExceptionally(new IllegalStateException("the first instance went away"));
      assertEquals(500, first.get().statusCode());
      post(key, ref).then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, "true");
      assertEquals(1L, effects(ref));
    } finally {
      gate.release().complete(null);
      ProbeResource.GATES.remove(ref);
    }
  }

  @Test
  void anOverlongKeyIsAValidationError() {
    post("k".repeat(256), ref()).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
  }

  private static String ref() {
    return "r" + UUID.randomUUID().toString().substring(0, 12);
  }

  private static Response post(String key, String ref) {
    var request = given().contentType("application/json").body(Map.of("ref", ref));
    if (key != null) {
      request.header(IdempotentRequests.HEADER, key);
    }
    return request.post("/probe/idempotent");
  }

  private static long effects(String ref) {
    return given().get("/probe/effects/" + ref).then().statusCode(200).extract().as(Long.class);
  }
}
