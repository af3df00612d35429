package com.classbook.platform.inbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.platform.probe.ProbeConsumer;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/**
 * The consumer policy through the real broker and the probe consumer (ProbeConsumer): retries on
 * the consumer's own Vert.x context, dead letters with what an operator needs, and a channel that
 * goes on. The test app's budget is 4 attempts, 50 ms doubling to 200 ms.
 */
@QuarkusTest
class ConsumerPolicyTest {

  private static final String TOPIC = "platform.probe.v1";
  private static final String DEAD_LETTERS = "platform.dead-letters.v1";
  private static final String GROUP = "platform-probe";

  @Test
  void aTransientFailureIsRetriedOnTheConsumersContextUntilItsEffectCommits() {
    double retriesBefore = counter("classbook_consumer_retries_total");
    String ref = "flaky-3-" + UUID.randomUUID();

    RecordMetadata sent = KafkaProbe.sendAt(TOPIC, ref, event(ref));
    KafkaProbe.awaitConsumed(GROUP, sent, Duration.ofSeconds(60));

    assertEquals(1L, effects(ref), "three rolled back effects, then one that committed");
    assertEquals(4, ProbeConsumer.ATTEMPTS.get(ref).get());
    List<String> contexts = ProbeConsumer.CONTEXTS.get(ref);
    assertEquals(4, contexts.size());
    assertEquals(1, new HashSet<>(contexts).size(), "every attempt on one context: " + contexts);
    assertNotEquals("none", contexts.get(0));
    assertTrue(counter("classbook_consumer_retries_total") >= retriesBefore + 3);
  }

  @Test
  void anEventThatFailsEveryAttemptIsDeadLetteredAndTheNextOneStillApplies() {
    double deadBefore = counter("classbook_consumer_dead_letters_total");
    String ref = "failing-" + UUID.randomUUID();
    String json = event(ref);
    RecordMetadata failing =
        KafkaProbe.sendAt(TOPIC, ref, json, Map.of("classbook_request_id", "req-" + ref));
    String next = "after-failing-" + UUID.randomUUID();
    RecordMetadata after = KafkaProbe.sendAt(TOPIC, ref, event(next));

    KafkaProbe.awaitConsumed(GROUP, after, Duration.ofSeconds(60));
    assertEquals(1L, effects(next), "the channel went on");
    assertEquals(0L, effects(ref), "every attempt rolled back");

    ConsumerRecord<String, String> letter =
        KafkaProbe.awaitDeadLetter(DEAD_LETTERS, failing, Duration.ofSeconds(30));
    assertEquals(json, letter.value(), "the original payload");
    assertEquals(ref, letter.key(), "the original key");
    assertEquals("req-" + ref, KafkaProbe.header(letter, "classbook_request_id"));
    assertEquals("probe", KafkaProbe.header(letter, "classbook_dlq_consumer"));
    assertEquals("retries-exhausted", KafkaProbe.header(letter, "classbook_dlq_reason"));
    assertEquals("4", KafkaProbe.header(letter, "classbook_dlq_attempts"));
    assertTrue(
        KafkaProbe.header(letter, "classbook_dlq_error").contains("probe: transient failure 4"),
        KafkaProbe.header(letter, "classbook_dlq_error"));
    assertEquals(TOPIC, KafkaProbe.header(letter, "classbook_dlq_topic"));
    Instant.parse(KafkaProbe.header(letter, "classbook_dlq_failed_at"));
    assertTrue(counter("classbook_consumer_dead_letters_total") >= deadBefore + 1);
  }

  @Test
  void poisonIsDeadLetteredAtOnce() {
    String key = "poison-" + UUID.randomUUID();
    RecordMetadata unusable =
        KafkaProbe.sendAt(
            TOPIC,
            key,
            EventJson.write(
                EventEnvelope.of(
                    "/test", "platform.Probe.v1", key, Instant.now(), Map.of("other", "x"))));
    RecordMetadata unreadable = KafkaProbe.sendAt(TOPIC, key, "{\"not\": \"an envelope\"");
    String next = "after-poison-" + UUID.randomUUID();
    RecordMetadata after = KafkaProbe.sendAt(TOPIC, key, event(next));

    KafkaProbe.awaitConsumed(GROUP, after, Duration.ofSeconds(60));
    assertEquals(1L, effects(next));
    for (RecordMetadata poison : List.of(unusable, unreadable)) {
      ConsumerRecord<String, String> letter =
          KafkaProbe.awaitDeadLetter(DEAD_LETTERS, poison, Duration.ofSeconds(30));
      assertEquals("poison", KafkaProbe.header(letter, "classbook_dlq_reason"));
      assertEquals("1", KafkaProbe.header(letter, "classbook_dlq_attempts"));
    }
  }

  private static String event(String ref) {
    return EventJson.write(
        EventEnvelope.of("/test", "platform.Probe.v1", ref, Instant.now(), Map.of("ref", ref)));
  }

  private static long effects(String ref) {
    return given().get("/probe/effects/" + ref).then().statusCode(200).extract().as(Long.class);
  }

  /** The probe consumer's series of a counter on /q/metrics (0 while absent). */
  private static double counter(String name) {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher m =
        Pattern.compile(
                "^" + name + "\\{[^}]*consumer=\"probe\"[^}]*\\} ([0-9.eE+-]+)$", Pattern.MULTILINE)
            .matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
