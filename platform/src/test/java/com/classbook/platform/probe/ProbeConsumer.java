package com.classbook.platform.probe;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.platform.inbox.ConsumerPolicy;
import com.classbook.platform.inbox.EventConsumer;
import com.classbook.platform.inbox.UnprocessableEvent;
import com.classbook.platform.outbox.OutboxWriter;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Test-only inbox-backed consumer under the consumer policy: each event should have exactly one
 * effect. Refs drive failures: {@code flaky-<n>-...} fails its first n attempts after writing its
 * effect (rolled back each time), {@code failing-...} fails every attempt, and an event without a
 * ref cannot be applied at all.
 */
@ApplicationScoped
public class ProbeConsumer {

  /** Attempts per ref. */
  public static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

  /** The Vert.x context of each attempt per ref ("none" for an attempt without one). */
  public static final Map<String, List<String>> CONTEXTS = new ConcurrentHashMap<>();

  private final EventConsumer probe;
  private final OutboxWriter outbox;

  public ProbeConsumer(ConsumerPolicy policy, OutboxWriter outbox) {
    this.probe = policy.consumer("probe");
    this.outbox = outbox;
  }

  @Incoming("probe-in")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return probe.handle(record, json -> probe.handleOnce(json, this::apply));
  }

  private Uni<Void> apply(EventEnvelope envelope) {
    JsonNode ref = envelope.data() == null ? null : envelope.data().get("ref");
    if (ref == null || ref.isNull()) {
      return Uni.createFrom().failure(new UnprocessableEvent("probe event without a ref"));
    }
    String value = ref.asText();
    int attempt = ATTEMPTS.computeIfAbsent(value, r -> new AtomicInteger()).incrementAndGet();
    Context context = Vertx.currentContext();
    CONTEXTS
        .computeIfAbsent(value, r -> new CopyOnWriteArrayList<>())
        .add(context == null ? "none" : Integer.toHexString(System.identityHashCode(context)));
    return ProbeResource.effect(outbox, value)
        .chain(
            () ->
                failsNow(value, attempt)
                    ? Uni.createFrom()
                        .<Void>failure(
                            new IllegalStateException("probe: transient failure " + attempt))
                    : Uni.createFrom().voidItem());
  }

  private static boolean failsNow(String ref, int attempt) {
    if (ref.startsWith("failing-")) {
      return true;
    }
    if (ref.startsWith("flaky-")) {
      int failures = Integer.parseInt(ref.split("-")[1]);
      return attempt <= failures;
    }
    return false;
  }
}
