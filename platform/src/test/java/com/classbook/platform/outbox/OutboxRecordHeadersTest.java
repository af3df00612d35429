package com.classbook.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every record the relay publishes repeats its envelope's attributes as the CloudEvents Kafka
 * binding's headers, beside the unchanged structured JSON value.
 */
@QuarkusTest
class OutboxRecordHeadersTest {

  @Test
  void theCloudEventsHeadersEqualTheEnvelope() {
    String ref = "ce-" + UUID.randomUUID().toString().substring(0, 8);
    given().post("/probe/outbox/" + ref).then().statusCode(204);

    ConsumerRecord<String, String> record =
        KafkaProbe.awaitMatching(
                "platform.probe.v1", r -> ref.equals(r.key()), Duration.ofSeconds(30))
            .get(0);
    EventEnvelope envelope = EventJson.read(record.value());

    assertEquals("application/cloudevents+json", header(record, "content-type"));
    assertEquals("1.0", header(record, "ce_specversion"));
    assertEquals(envelope.specversion(), header(record, "ce_specversion"));
    assertEquals(envelope.id(), header(record, "ce_id"));
    assertEquals("/platform-test", header(record, "ce_source"));
    assertEquals(envelope.source(), header(record, "ce_source"));
    assertEquals("platform.Probe.v1", header(record, "ce_type"));
    assertEquals(envelope.type(), header(record, "ce_type"));
    assertEquals(ref, header(record, "ce_subject"));
    assertEquals(envelope.subject(), header(record, "ce_subject"));
    // The same instant, written the same way (RFC 3339) as in the JSON value.
    assertEquals(envelope.time().toString(), header(record, "ce_time"));
    String json = record.value();
    assertTrue(json.contains("\"time\":\"" + header(record, "ce_time") + "\""), "time in " + json);
    assertEquals(ref, record.key());
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    var header = record.headers().lastHeader(name);
    assertNotNull(header, "header " + name);
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
