package com.classbook.platform.inbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Writes a record a consumer gave up on to the service's dead-letter topic ({@code
 * classbook.consumer.dead-letter-topic}) through the producer of the {@code dead-letters} channel:
 * the original key, value and headers, plus headers that say which consumer gave up, why, after how
 * many attempts, and where the record came from. Completes once the broker acknowledged the record,
 * on a thread of the producer.
 */
@ApplicationScoped
class DeadLetters {

  static final String CHANNEL = "dead-letters";

  static final String CONSUMER = "classbook_dlq_consumer";
  static final String REASON = "classbook_dlq_reason";
  static final String ERROR = "classbook_dlq_error";
  static final String ATTEMPTS = "classbook_dlq_attempts";
  static final String TOPIC = "classbook_dlq_topic";
  static final String PARTITION = "classbook_dlq_partition";
  static final String OFFSET = "classbook_dlq_offset";
  static final String FAILED_AT = "classbook_dlq_failed_at";

  /** Enough of an error for an operator; a record header is no place for a whole stack. */
  private static final int MAX_ERROR_CHARS = 2000;

  private final KafkaClientService kafka;
  private final String topic;
  private final Clock clock;

  /**
   * The emitter is never used to send: it gives the channel its upstream, so the connector creates
   * the channel's producer at startup (configured by {@code mp.messaging.outgoing.dead-letters.*}).
   */
  DeadLetters(
      @Channel(CHANNEL) MutinyEmitter<String> wiring,
      KafkaClientService kafka,
      Clock clock,
      @ConfigProperty(name = "classbook.consumer.dead-letter-topic") String topic) {
    this.kafka = kafka;
    this.clock = clock;
    this.topic = topic;
  }

  String topic() {
    return topic;
  }

  Uni<Void> send(
      String consumer,
      ConsumerRecord<String, String> record,
      String reason,
      Throwable error,
      int attempts) {
    KafkaProducer<String, String> producer = kafka.getProducer(CHANNEL);
    if (producer == null) {
      return Uni.createFrom().failure(new IllegalStateException("dead-letter channel not wired"));
    }
    RecordHeaders headers = new RecordHeaders();
    for (Header original : record.headers()) {
      if (!original.key().startsWith("classbook_dlq_")) {
        headers.add(original.key(), original.value());
      }
    }
    add(headers, CONSUMER, consumer);
    add(headers, REASON, reason);
    add(headers, ERROR, describe(error));
    add(headers, ATTEMPTS, Integer.toString(attempts));
    add(headers, TOPIC, record.topic());
    add(headers, PARTITION, Integer.toString(record.partition()));
    add(headers, OFFSET, Long.toString(record.offset()));
    add(headers, FAILED_AT, clock.instant().toString());
    ProducerRecord<String, String> letter =
        new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
    return producer.send(letter).replaceWithVoid();
  }

  /** The failure as {@code Class: message}, with its causes, cut to a header's worth. */
  static String describe(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(t.getClass().getName());
      if (t.getMessage() != null) {
        text.append(": ").append(t.getMessage());
      }
      if (text.length() >= MAX_ERROR_CHARS) {
        break;
      }
    }
    return text.length() > MAX_ERROR_CHARS ? text.substring(0, MAX_ERROR_CHARS) : text.toString();
  }

  private static void add(RecordHeaders headers, String key, String value) {
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }
}
