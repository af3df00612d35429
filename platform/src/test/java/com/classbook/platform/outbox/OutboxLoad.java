package com.classbook.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import com.classbook.platform.testing.KafkaProbe;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Many aggregates' numbered events written straight into the outbox of a topic of their own, and
 * the checks on what the topic received.
 */
final class OutboxLoad {
  private static final String INSERT =
      "INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?)";

  final String topic = "platform.relay-load." + UUID.randomUUID().toString().substring(0, 8);
  final Set<String> written = new HashSet<>();
  private final int aggregates;
  private final int eventsPerAggregate;

  OutboxLoad(int aggregates, int eventsPerAggregate) {
    this.aggregates = aggregates;
    this.eventsPerAggregate = eventsPerAggregate;
  }

  /** Writes event n of every aggregate before event n + 1 of any, in chunks of 1,000 rows. */
  void write(Pool pool) {
    List<Tuple> rows = new ArrayList<>();
    for (int n = 0; n < eventsPerAggregate; n++) {
      for (int a = 0; a < aggregates; a++) {
        String key = "agg-" + a;
        Instant now = Instant.now();
        EventEnvelope event =
            EventEnvelope.of("/platform-test", "platform.Load.v1", key, now, Map.of("n", n));
        written.add(event.id());
        rows.add(
            Tuple.of(
                event.id(),
                topic,
                key,
                event.type(),
                EventJson.write(event),
                LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
        if (rows.size() == 1000) {
          pool.preparedQuery(INSERT).executeBatch(rows).await().indefinitely();
          rows.clear();
        }
      }
    }
    if (!rows.isEmpty()) {
      pool.preparedQuery(INSERT).executeBatch(rows).await().indefinitely();
    }
  }

  long pending(Pool pool) {
    return pool.preparedQuery(
            "SELECT COUNT(*) FROM outbox_event WHERE topic = ? AND published_at IS NULL")
        .execute(Tuple.of(topic))
        .await()
        .indefinitely()
        .iterator()
        .next()
        .getLong(0);
  }

  /**
   * Every written event arrived (duplicates would be allowed: at-least-once), and each aggregate's
   * events first arrived in the order they were written.
   */
  void assertReceivedCompleteAndInOrder(List<ConsumerRecord<String, String>> records) {
    Set<String> received = new HashSet<>();
    Map<String, List<Integer>> firstArrivals = new LinkedHashMap<>();
    for (ConsumerRecord<String, String> record : records) {
      EventEnvelope event = EventJson.read(record.value());
      assertEquals(event.subject(), record.key(), "Kafka key = aggregate id");
      if (received.add(event.id())) {
        firstArrivals
            .computeIfAbsent(record.key(), key -> new ArrayList<>())
            .add(event.data().get("n").asInt());
      }
    }
    assertEquals(written.size(), received.size(), "distinct events received");
    assertEquals(written, received, "the events received are the events written");
    List<Integer> inOrder = new ArrayList<>();
    for (int n = 0; n < eventsPerAggregate; n++) {
      inOrder.add(n);
    }
    assertEquals(aggregates, firstArrivals.size(), "aggregates received");
    firstArrivals.forEach(
        (key, arrivals) -> assertEquals(inOrder, arrivals, "events of " + key + " in order"));
  }

  void deleteTopic() {
    Properties props = new Properties();
    props.put("bootstrap.servers", KafkaProbe.BOOTSTRAP);
    try (Admin admin = Admin.create(props)) {
      admin.deleteTopics(List.of(topic)).all().get();
    } catch (Exception e) {
      // Only tidiness: the test broker is emptied at the start of every full test run.
    }
  }
}
