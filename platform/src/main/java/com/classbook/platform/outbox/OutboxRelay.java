package com.classbook.platform.outbox;

import com.classbook.platform.reactive.VertxContexts;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
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
          + " WHERE published_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED";

  private final OutboxSender sender;
  private final Pool pool;
  private final Clock clock;
  private final int batchSize;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private volatile boolean brokerDown;

  public OutboxRelay(
      OutboxSender sender,
      Pool pool,
      Clock clock,
      @ConfigProperty(name = "classbook.outbox.batch-size") int batchSize) {
    this.sender = sender;
    this.pool = pool;
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

  /**
   * Publishes one batch in a transaction that holds the claimed rows; returns its size. The
   * transaction runs at READ COMMITTED: under REPEATABLE READ the locking read would also lock the
   * gap after the last pending row and deadlock with services inserting new outbox rows.
   */
  public Uni<Integer> publishPending() {
    return pool.withConnection(
        connection ->
            connection
                .query("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
                .execute()
                .chain(connection::begin)
                .chain(
                    tx ->
                        connection
                            .preparedQuery(CLAIM)
                            .execute(Tuple.of(batchSize))
                            .map(OutboxRelay::pending)
                            .chain(batch -> sendAndMark(connection, batch))
                            .call(tx::commit)
                            .onFailure()
                            .call(() -> tx.rollback().onFailure().recoverWithNull())));
  }

  private static List<PendingEvent> pending(RowSet<Row> rows) {
    List<PendingEvent> batch = new ArrayList<>();
    for (Row row : rows) {
      batch.add(
          new PendingEvent(
              row.getLong("seq"),
              row.getString("topic"),
              row.getString("event_key"),
              row.getString("event_id"),
              row.getString("event_type"),
              row.getString("payload")));
    }
    return batch;
  }

  private Uni<Integer> sendAndMark(SqlConnection connection, List<PendingEvent> batch) {
    if (batch.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    Uni<Void> sends = Uni.createFrom().voidItem();
    for (PendingEvent event : batch) {
      // One after another: a later event of an aggregate never overtakes an earlier one.
      sends = sends.chain(() -> sender.send(event));
    }
    // Exactly the claimed rows: rows in between may be claimed by another instance.
    String seqs = batch.stream().map(e -> Long.toString(e.seq())).collect(Collectors.joining(","));
    return VertxContexts.resumeOnCaller(sends)
        .chain(
            () ->
                connection
                    .preparedQuery(
                        "UPDATE outbox_event SET published_at = ?, attempts = attempts + 1"
                            + " WHERE seq IN ("
                            + seqs
                            + ")")
                    .execute(Tuple.of(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))))
        .replaceWith(batch.size());
  }

  void stop(@Observes ShutdownEvent shutdown) {
    stopping.set(true);
  }
}
