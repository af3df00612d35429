package com.classbook.platform.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.EventJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes topics of the real broker the way another service or analytics would. */
public final class KafkaProbe {
  /** The test environment's own broker (deploy/local/infra.sh with CLASSBOOK_INFRA=test). */
  public static final String BOOTSTRAP = "127.0.0.1:19092";

  private KafkaProbe() {}

  /** Reads a topic from the beginning until {@code settle} passes with nothing new. */
  public static List<ConsumerRecord<String, String>> readAll(String topic, Duration settle) {
    Properties props = new Properties();
    props.put("bootstrap.servers", BOOTSTRAP);
    props.put("group.id", "probe-" + UUID.randomUUID());
    props.put("auto.offset.reset", "earliest");
    props.put("enable.auto.commit", "false");
    props.put("key.deserializer", StringDeserializer.class.getName());
    props.put("value.deserializer", StringDeserializer.class.getName());
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      Instant quietSince = Instant.now();
      Instant deadline = Instant.now().plusSeconds(60);
      while (Instant.now().isBefore(deadline)
          && (consumer.assignment().isEmpty()
              || Duration.between(quietSince, Instant.now()).compareTo(settle) < 0)) {
        var batch = consumer.poll(Duration.ofMillis(200));
        if (consumer.assignment().isEmpty()) {
          quietSince = Instant.now();
        }
        if (!batch.isEmpty()) {
          batch.forEach(records::add);
          quietSince = Instant.now();
        }
      }
    }
    return records;
  }

  /** Polls a topic from the beginning until a record matches or the deadline passes. */
  public static List<ConsumerRecord<String, String>> awaitMatching(
      String topic, Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
    List<ConsumerRecord<String, String>> all = readAll(topic, Duration.ofSeconds(2));
    Instant deadline = Instant.now().plus(timeout);
    while (all.stream().noneMatch(match) && Instant.now().isBefore(deadline)) {
      all = readAll(topic, Duration.ofSeconds(1));
    }
    return all.stream().filter(match).toList();
  }

  /**
   * Publishes {@code data} as the given service would: a CloudEvents envelope keyed by {@code key}.
   */
  public static void publish(String topic, String key, String source, String type, Object data) {
    send(topic, key, EventJson.write(EventEnvelope.of(source, type, key, Instant.now(), data)));
  }

  public static void send(String topic, String key, String value) {
    sendAt(topic, key, value);
  }

  /** Sends a record and returns where the broker stored it (topic, partition, offset). */
  public static RecordMetadata sendAt(String topic, String key, String value) {
    return sendAt(topic, key, value, Map.of());
  }

  /** Sends a record with headers and returns where the broker stored it. */
  public static RecordMetadata sendAt(
      String topic, String key, String value, Map<String, String> headers) {
    Properties props = new Properties();
    props.put("bootstrap.servers", BOOTSTRAP);
    props.put("key.serializer", StringSerializer.class.getName());
    props.put("value.serializer", StringSerializer.class.getName());
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
    headers.forEach((name, text) -> record.headers().add(name, text.getBytes(UTF_8)));
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      return producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("send to " + topic + " failed", e);
    }
  }

  /** The last value of a record header as text, null when the record has none. */
  public static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
  }

  /**
   * Waits for the dead letter of the record {@code origin} in a service's dead-letter topic
   * (docs/platform.md, "Consumer failures") and returns it.
   */
  public static ConsumerRecord<String, String> awaitDeadLetter(
      String deadLetterTopic, RecordMetadata origin, Duration timeout) {
    List<ConsumerRecord<String, String>> letters =
        awaitMatching(
            deadLetterTopic,
            r ->
                origin.topic().equals(header(r, "classbook_dlq_topic"))
                    && Integer.toString(origin.partition())
                        .equals(header(r, "classbook_dlq_partition"))
                    && Long.toString(origin.offset()).equals(header(r, "classbook_dlq_offset")),
            timeout);
    if (letters.isEmpty()) {
      throw new AssertionError(
          "no dead letter in " + deadLetterTopic + " for " + origin + " within " + timeout);
    }
    return letters.get(letters.size() - 1);
  }

  /**
   * Waits until the consumer group has committed an offset past {@code record}: the consumer
   * handled and acknowledged it and every record before it in its partition. Tests assert "no
   * second effect" only after this, never after a fixed pause.
   */
  public static void awaitConsumed(String groupId, RecordMetadata record, Duration timeout) {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    Properties props = new Properties();
    props.put("bootstrap.servers", BOOTSTRAP);
    Instant deadline = Instant.now().plus(timeout);
    try (Admin admin = Admin.create(props)) {
      while (true) {
        OffsetAndMetadata committed =
            admin
                .listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata()
                .get()
                .get(partition);
        if (committed != null && committed.offset() > record.offset()) {
          return;
        }
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError(
              groupId + " did not consume " + partition + "@" + record.offset() + " in time");
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("reading offsets of " + groupId + " failed", e);
    }
  }
}
