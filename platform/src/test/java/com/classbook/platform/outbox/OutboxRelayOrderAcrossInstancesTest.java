package com.classbook.platform.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two more relays, each on connections of its own, race this application's relay for the same
 * outbox table with small batches: one aggregate's events still reach Kafka in order.
 */
@QuarkusTest
class OutboxRelayOrderAcrossInstancesTest {

  @Inject Pool pool;
  @Inject OutboxSender sender;
  @Inject Clock clock;

  private final OutboxLoad load = new OutboxLoad(40, 150);

  @AfterEach
  void tidy() {
    load.deleteTopic();
  }

  @Test
  void anAggregatesEventsArePublishedInOrderWhileInstancesRelayConcurrently() {
    // The backlog builds up while the test holds the relay lock, so all relays start together.
    SqlConnection holder = pool.getConnection().await().indefinitely();
    holder.query("BEGIN").execute().await().indefinitely();
    holder
        .query("SELECT id FROM outbox_relay_lock WHERE id = 1 FOR UPDATE")
        .execute()
        .await()
        .indefinitely();
    load.write(pool);
    AtomicInteger secondBatches = new AtomicInteger();
    AtomicInteger thirdBatches = new AtomicInteger();
    CompletableFuture<Void> second = relayUntilDrained(secondBatches);
    CompletableFuture<Void> third = relayUntilDrained(thirdBatches);
    holder.query("COMMIT").execute().await().indefinitely();
    holder.close().await().indefinitely();

    CompletableFuture.allOf(second, third)
        .orTimeout(5, java.util.concurrent.TimeUnit.MINUTES)
        .join();
    await().atMost(Duration.ofMinutes(1)).until(() -> load.pending(pool) == 0);
    assertTrue(
        secondBatches.get() > 0 && thirdBatches.get() > 0,
        "both extra relays published batches: " + secondBatches + ", " + thirdBatches);
    load.assertReceivedCompleteAndInOrder(KafkaProbe.readAll(load.topic, Duration.ofSeconds(3)));
  }

  private CompletableFuture<Void> relayUntilDrained(AtomicInteger batches) {
    OutboxBatchPublisher relay = new OutboxBatchPublisher(pool, sender, clock, 50);
    return CompletableFuture.runAsync(
        () -> {
          while (load.pending(pool) > 0) {
            OutboxBatchPublisher.Outcome outcome =
                relay.publishNextBatch().await().atMost(Duration.ofSeconds(30));
            if (outcome.published() > 0) {
              batches.incrementAndGet();
            }
          }
        });
  }
}
