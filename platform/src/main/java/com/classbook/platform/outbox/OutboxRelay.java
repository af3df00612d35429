package com.classbook.platform.outbox;

import com.classbook.platform.reactive.VertxContexts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka in commit order and marks them sent. Rows are claimed with
 * SKIP LOCKED so several instances never publish the same batch at once; a broker outage only
 * leaves rows pending for the next pass (at-least-once).
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final String CLAIM =
      "SELECT seq, topic, event_key, event_id, event_type, payload FROM outbox_event"
          + " WHERE published_at IS NULL ORDER BY seq LIMIT ?1 FOR UPDATE SKIP LOCKED";

  private final OutboxSender sender;
  private final Clock clock;
  private final int batchSize;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private volatile boolean brokerDown;

  public OutboxRelay(
      OutboxSender sender,
      Clock clock,
      @ConfigProperty(name = "classbook.outbox.batch-size") int batchSize) {
    this.sender = sender;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  @Scheduled(
      every = "${classbook.outbox.relay-interval}",
      delayed = "${classbook.outbox.relay-delay:3s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> relay() {
    if (stopping.get() || !senderWired()) {
      return Uni.createFrom().voidItem();
    }
    return publishPending()
        .onItem()
        .invoke(
            count -> {
              if (brokerDown) {
                LOG.infof("outbox relay recovered, published %d pending events", count);
                brokerDown = false;
              }
            })
        .onFailure()
        .recoverWithItem(
            failure -> {
              if (!brokerDown) {
                LOG.warnf("outbox relay paused, events stay pending: %s", failure.getMessage());
                brokerDown = true;
              }
              return 0;
            })
        .replaceWithVoid();
  }

  /** The messaging channel is wired during startup; until then the relay simply waits a pass. */
  private boolean senderWired() {
    try {
      sender.ready();
      return true;
    } catch (RuntimeException notYet) {
      LOG.debugf("outbox channel not wired yet: %s", notYet.getMessage());
      return false;
    }
  }

  /** Publishes one batch in a transaction that holds the claimed rows; returns its size. */
  public Uni<Integer> publishPending() {
    return Panache.withTransaction(
        () ->
            Panache.getSession()
                .chain(
                    session ->
                        session
                            .createNativeQuery(CLAIM, Object[].class)
                            .setParameter(1, batchSize)
                            .getResultList())
                .map(rows -> rows.stream().map(PendingEvent::fromRow).toList())
                .chain(this::sendAndMark));
  }

  private Uni<Integer> sendAndMark(List<PendingEvent> batch) {
    if (batch.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    Uni<Void> sends = Uni.createFrom().voidItem();
    for (PendingEvent event : batch) {
      // Sequential sends keep per-key order even across partitions' retries.
      sends = sends.chain(() -> sender.send(event));
    }
    long last = batch.get(batch.size() - 1).seq();
    long first = batch.get(0).seq();
    return VertxContexts.resumeOnCaller(sends)
        .chain(
            () ->
                Panache.getSession()
                    .chain(
                        session ->
                            session
                                .createNativeQuery(
                                    "UPDATE outbox_event SET published_at = ?1, attempts = attempts + 1"
                                        + " WHERE seq BETWEEN ?2 AND ?3 AND published_at IS NULL")
                                .setParameter(
                                    1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                                .setParameter(2, first)
                                .setParameter(3, last)
                                .executeUpdate()))
        .replaceWith(batch.size());
  }

  void stop(@Observes ShutdownEvent shutdown) {
    stopping.set(true);
  }
}
