package com.classbook.platform.outbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Sends one outbox row to its topic and completes when the broker acknowledged it. A bean of its
 * own so the relay can wait until the messaging channel is wired at startup.
 */
@ApplicationScoped
class OutboxSender {

  private final MutinyEmitter<String> emitter;

  OutboxSender(@Channel("outbox") MutinyEmitter<String> emitter) {
    this.emitter = emitter;
  }

  /** Touching the bean proves the emitter is connected (creating it fails until then). */
  void ready() {}

  Uni<Void> send(PendingEvent event) {
    RecordHeaders headers = new RecordHeaders();
    headers.add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
    headers.add("ce_type", event.type().getBytes(StandardCharsets.UTF_8));
    OutgoingKafkaRecordMetadata<String> metadata =
        OutgoingKafkaRecordMetadata.<String>builder()
            .withTopic(event.topic())
            .withKey(event.key())
            .withHeaders(headers)
            .build();
    return Uni.createFrom()
        .emitter(
            done ->
                emitter.sendMessageAndForget(
                    Message.of(event.payload(), Metadata.of(metadata))
                        .withAck(
                            () -> {
                              done.complete(null);
                              return CompletableFuture.completedFuture(null);
                            })
                        .withNack(
                            failure -> {
                              done.fail(failure);
                              return CompletableFuture.completedFuture(null);
                            })));
  }
}
