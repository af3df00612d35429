package com.classbook.platform.outbox;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.platform.request.RequestIds;
import com.classbook.platform.tracing.TraceContexts;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Sends a batch of outbox rows through the producer of the {@code outbox} channel without waiting
 * for each acknowledgement in turn, and completes once the broker acknowledged all of them. The
 * records of a batch are handed to the producer in order; the idempotent producer (at most 5
 * requests in flight) keeps that order within each partition, so per key.
 *
 * <p>A record's value is the structured CloudEvents JSON ({@code content-type:
 * application/cloudevents+json}); its headers repeat the envelope's attributes as the CloudEvents
 * Kafka binding names them ({@code ce_id}, {@code ce_source}, {@code ce_type}, {@code ce_subject},
 * {@code ce_specversion}, {@code ce_time}), so a consumer can route and deduplicate without parsing
 * the value. The W3C {@code traceparent} of the trace that wrote the event, when there was one,
 * goes as the header of that name, beside {@code classbook_request_id}.
 */
@ApplicationScoped
class OutboxSender {

  static final String CHANNEL = "outbox";
  private static final byte[] STRUCTURED = bytes("application/cloudevents+json");
  private static final byte[] SPEC_VERSION = bytes(EventEnvelope.SPEC_VERSION);

  private final KafkaClientService kafka;
  private final byte[] source;

  /**
   * The emitter is never used to send: it gives the channel its upstream, so the connector creates
   * the channel's producer at startup (configured by {@code mp.messaging.outgoing.outbox.*}).
   */
  OutboxSender(
      @Channel(CHANNEL) MutinyEmitter<String> wiring,
      KafkaClientService kafka,
      @ConfigProperty(name = "quarkus.application.name") String service) {
    this.kafka = kafka;
    // The envelope's source, as OutboxWriter of this service wrote it.
    this.source = bytes(OutboxWriter.source(service));
  }

  /** Fails when any record was not acknowledged; stops handing records over at the first error. */
  Uni<Void> sendAll(List<PendingEvent> batch) {
    KafkaProducer<String, String> producer = kafka.getProducer(CHANNEL);
    if (producer == null) {
      return Uni.createFrom().failure(new IllegalStateException("outbox channel not wired yet"));
    }
    // On the channel's sending thread: send() may block while the broker is unknown (max.block.ms).
    Function<Producer<String, String>, CompletableFuture<Void>> handOver =
        kafkaProducer -> dispatch(kafkaProducer, batch);
    return producer
        .runOnSendingThread(handOver)
        .chain(acks -> Uni.createFrom().completionStage(acks));
  }

  private CompletableFuture<Void> dispatch(
      Producer<String, String> producer, List<PendingEvent> batch) {
    BatchAcks acks = new BatchAcks();
    for (PendingEvent event : batch) {
      if (acks.failed()) {
        break;
      }
      acks.expectOne();
      try {
        producer.send(record(event), (metadata, failure) -> acks.settled(failure));
      } catch (RuntimeException failure) {
        acks.settled(failure);
        break;
      }
    }
    return acks.sealed();
  }

  private ProducerRecord<String, String> record(PendingEvent event) {
    RecordHeaders headers = new RecordHeaders();
    headers.add("content-type", STRUCTURED);
    headers.add("ce_specversion", SPEC_VERSION);
    headers.add("ce_id", bytes(event.eventId()));
    headers.add("ce_source", source);
    headers.add("ce_type", bytes(event.type()));
    headers.add("ce_subject", bytes(event.key()));
    headers.add("ce_time", bytes(event.time().toString()));
    if (event.requestId() != null) {
      headers.add(RequestIds.KAFKA_HEADER, bytes(event.requestId()));
    }
    if (event.traceparent() != null) {
      headers.add(TraceContexts.TRACEPARENT, bytes(event.traceparent()));
    }
    return new ProducerRecord<>(event.topic(), null, event.key(), event.payload(), headers);
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /** Completes when every record handed over has settled, failing with the first failure. */
  private static final class BatchAcks {
    // One extra count for the dispatch loop itself, released by sealed().
    private final AtomicInteger unsettled = new AtomicInteger(1);
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    void expectOne() {
      unsettled.incrementAndGet();
    }

    boolean failed() {
      return firstFailure.get() != null;
    }

    void settled(Throwable failure) {
      if (failure != null) {
        firstFailure.compareAndSet(null, failure);
      }
      release();
    }

    CompletableFuture<Void> sealed() {
      release();
      return done;
    }

    private void release() {
      if (unsettled.decrementAndGet() == 0) {
        Throwable failure = firstFailure.get();
        if (failure == null) {
          done.complete(null);
        } else {
          done.completeExceptionally(failure);
        }
      }
    }
  }
}
