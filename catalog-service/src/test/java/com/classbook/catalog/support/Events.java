package com.classbook.catalog.support;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads what the catalog published on a topic for one key. */
public final class Events {
  private Events() {}

  /**
   * Envelopes published for {@code key} since {@code since}, waiting until at least {@code
   * expected} arrived and then a settle period, so a duplicate would be seen too.
   */
  public static List<EventEnvelope> published(
      String topic, String key, Instant since, int expected) {
    Instant deadline = Instant.now().plusSeconds(30);
    List<EventEnvelope> found = read(topic, key, since);
    while (found.size() < expected && Instant.now().isBefore(deadline)) {
      found = read(topic, key, since);
    }
    return found;
  }

  private static List<EventEnvelope> read(String topic, String key, Instant since) {
    List<ConsumerRecord<String, String>> records = KafkaProbe.readAll(topic, Duration.ofSeconds(2));
    return records.stream()
        .filter(r -> key.equals(r.key()))
        .map(r -> parse(r.value()))
        .filter(e -> e != null && e.time() != null && !e.time().isBefore(since))
        .toList();
  }

  /** The envelope, or null for a record that is not one (other tests share the topics). */
  public static EventEnvelope parse(String json) {
    try {
      return json == null ? null : EventJson.read(json);
    } catch (IllegalArgumentException notAnEnvelope) {
      return null;
    }
  }

  /** Publishes an event as another service would (through Kafka, as a CloudEvents envelope). */
  public static EventEnvelope send(String topic, String key, String type, Object data) {
    EventEnvelope envelope = EventEnvelope.of("/booking-service", type, key, Instant.now(), data);
    KafkaProbe.send(topic, key, EventJson.write(envelope));
    return envelope;
  }
}
