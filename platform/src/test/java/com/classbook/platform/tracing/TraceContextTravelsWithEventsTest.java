package com.classbook.platform.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The W3C trace context goes from a request into the outbox row, the envelope and the Kafka record,
 * and a consumer handles an event in that event's trace, so what it writes carries the trace on.
 * This holds with export off (no OTLP endpoint): trace ids propagate, no span is recorded.
 */
@QuarkusTest
class TraceContextTravelsWithEventsTest {

  private static final String TOPIC = "platform.probe.v1";
  private static final String W3C = "00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]";

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void theRequestsTraceIsInTheOutboxRowTheEnvelopeAndTheKafkaHeader() {
    String traceId = hex(32);
    String callerSpan = hex(16);
    String ref = "tp-" + run;
    given()
        .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
        .post("/probe/outbox/" + ref)
        .then()
        .statusCode(204);

    String stored = storedTraceparent(ref);
    assertTrue(stored.matches(W3C), stored);
    assertEquals(traceId, traceIdOf(stored), "the caller's trace");
    assertNotEquals(callerSpan, parentIdOf(stored), "the service's own span within it");

    ConsumerRecord<String, String> record = published(ref);
    assertEquals(stored, header(record, "traceparent"));
    assertEquals(stored, EventJson.read(record.value()).traceparent());
  }

  @Test
  void aRequestWithoutTraceContextStartsATrace() {
    String ref = "tp-new-" + run;
    given().post("/probe/outbox/" + ref).then().statusCode(204);

    String stored = storedTraceparent(ref);
    assertTrue(stored.matches(W3C), "a trace of its own: " + stored);
    assertEquals(stored, header(published(ref), "traceparent"));
  }

  @Test
  void aConsumerWritesWhatAnEventCausesInThatEventsTrace() {
    String traceId = hex(32);
    String producerSpan = hex(16);
    String ref = "echo-" + run;
    KafkaProbe.send(TOPIC, ref, event(ref, "00-" + traceId + "-" + producerSpan + "-01"));

    ConsumerRecord<String, String> echoed = published("echoed-" + ref);
    String traceparent = header(echoed, "traceparent");
    assertEquals(traceId, traceIdOf(traceparent), "the event's trace goes on");
    assertNotEquals(producerSpan, parentIdOf(traceparent), "under the consumer's span");
    assertEquals(traceparent, EventJson.read(echoed.value()).traceparent());
  }

  @Test
  void eachEventOfABatchIsHandledInItsOwnTrace() {
    String firstTrace = hex(32);
    String secondTrace = hex(32);
    String first = "echo-a-" + run;
    String second = "echo-b-" + run;
    String batchRequestTrace = hex(32);
    given()
        .header("traceparent", "00-" + batchRequestTrace + "-" + hex(16) + "-01")
        .contentType(ContentType.JSON)
        .body(
            List.of(
                event(first, "00-" + firstTrace + "-" + hex(16) + "-01"),
                event(second, "00-" + secondTrace + "-" + hex(16) + "-00")))
        .post("/probe/inbox-batch")
        .then()
        .statusCode(200);

    assertEquals(firstTrace, traceIdOf(storedTraceparent("echoed-" + first)));
    assertEquals(secondTrace, traceIdOf(storedTraceparent("echoed-" + second)));
  }

  private static String event(String ref, String traceparent) {
    return EventJson.write(
        EventEnvelope.of("/test", "platform.Probe.v1", ref, Instant.now(), Map.of("ref", ref))
            .withTraceparent(traceparent));
  }

  private static String storedTraceparent(String ref) {
    return given()
        .get("/probe/outbox/" + ref + "/traceparent")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static ConsumerRecord<String, String> published(String key) {
    List<ConsumerRecord<String, String>> records =
        KafkaProbe.awaitMatching(TOPIC, r -> key.equals(r.key()), Duration.ofSeconds(30));
    assertTrue(!records.isEmpty(), "no record keyed " + key);
    return records.get(0);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    var header = record.headers().lastHeader(name);
    assertNotNull(header, "header " + name);
    return new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String traceIdOf(String traceparent) {
    return traceparent.split("-")[1];
  }

  private static String parentIdOf(String traceparent) {
    return traceparent.split("-")[2];
  }

  private static String hex(int length) {
    return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, length);
  }
}
