package com.classbook.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * An attempt that never answers (a call whose connection was lost) must not hold the consumer: it
 * fails after the attempt timeout and the record is tried again.
 */
class AttemptTimeoutTest {

  @Test
  void anAttemptThatNeverEndsIsTriedAgainAfterTheTimeout() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    EventConsumer consumer =
        new EventConsumer(
            "hanging",
            new ConsumerPolicy.Settings(
                5, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofMillis(200)),
            null,
            null,
            null,
            registry);
    AtomicInteger attempts = new AtomicInteger();
    ConsumerRecord<String, String> record = new ConsumerRecord<>("topic", 0, 7L, "key", "{}");

    consumer
        .handle(
            record,
            value ->
                attempts.incrementAndGet() == 1
                    ? Uni.createFrom().nothing()
                    : Uni.createFrom().voidItem())
        .await()
        .atMost(Duration.ofSeconds(10));

    assertEquals(2, attempts.get(), "the hanging attempt, then one that succeeded");
    assertEquals(
        1.0,
        registry.get("classbook.consumer.retries").tag("consumer", "hanging").counter().count());
  }
}
