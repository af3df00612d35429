package com.classbook.platform.outbox;

import com.classbook.platform.persistence.UtcColumns;
import com.classbook.platform.reactive.VertxContexts;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One relay pass: under the relay lock, sends the oldest pending outbox rows and marks exactly
 * those rows published, all in one transaction.
 *
 * <p>The lock row serialises passes across every instance of the service: a pass claims only after
 * the previous pass (of any instance) committed, and commits only after the broker acknowledged its
 * whole batch, so the records of one aggregate reach Kafka in seq order. An instance that dies
 * mid-pass loses its connection, its transaction rolls back, the lock is free and the rows are
 * still pending (at-least-once).
 */
final class OutboxBatchPublisher {

  /** What a pass did: published that many rows, or found another instance relaying. */
  record Outcome(int published, boolean lockedElsewhere) {
    static Outcome lockHeldByAnotherInstance() {
      return new Outcome(0, true);
    }
  }

  // READ COMMITTED: the claim then sees what other passes committed, and no locking read ever
  // takes gap locks that would deadlock with services inserting outbox rows.
  private static final String READ_COMMITTED = "SET TRANSACTION ISOLATION LEVEL READ COMMITTED";
  private static final String LOCK =
      "SELECT id FROM outbox_relay_lock WHERE id = 1 FOR UPDATE SKIP LOCKED";
  private static final String CLAIM =
      "SELECT seq, topic, event_key, event_id, event_type, created_at, payload, request_id,"
          + " traceparent"
          + " FROM outbox_event"
          + " WHERE published_at IS NULL ORDER BY seq LIMIT ";

  private final Pool pool;
  private final OutboxSender sender;
  private final Clock clock;
  private final int batchSize;

  OutboxBatchPublisher(Pool pool, OutboxSender sender, Clock clock, int batchSize) {
    this.pool = pool;
    this.sender = sender;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  Uni<Outcome> publishNextBatch() {
    return pool.withConnection(
        connection ->
            connection
                .query(READ_COMMITTED)
                .execute()
                .chain(connection::begin)
                .chain(
                    tx ->
                        underRelayLock(connection)
                            .call(tx::commit)
                            .onFailure()
                            .call(() -> tx.rollback().onFailure().recoverWithNull())));
  }

  private Uni<Outcome> underRelayLock(SqlConnection connection) {
    return connection
        .query(LOCK)
        .execute()
        .chain(
            lock ->
                lock.size() == 0
                    ? Uni.createFrom().item(Outcome.lockHeldByAnotherInstance())
                    : connection
                        .query(CLAIM + batchSize)
                        .execute()
                        .map(OutboxBatchPublisher::pending)
                        .chain(batch -> sendAndMark(connection, batch)));
  }

  private static List<PendingEvent> pending(RowSet<Row> rows) {
    List<PendingEvent> batch = new ArrayList<>(rows.size());
    for (Row row : rows) {
      batch.add(
          new PendingEvent(
              row.getLong("seq"),
              row.getString("topic"),
              row.getString("event_key"),
              row.getString("event_id"),
              row.getString("event_type"),
              UtcColumns.fromColumn(row.getLocalDateTime("created_at")),
              row.getString("payload"),
              row.getString("request_id"),
              row.getString("traceparent")));
    }
    return batch;
  }

  private Uni<Outcome> sendAndMark(SqlConnection connection, List<PendingEvent> batch) {
    if (batch.isEmpty()) {
      return Uni.createFrom().item(new Outcome(0, false));
    }
    // Exactly the claimed rows: a row with a seq in between may have committed after the claim.
    String seqs = batch.stream().map(e -> Long.toString(e.seq())).collect(Collectors.joining(","));
    return VertxContexts.resumeOnCaller(sender.sendAll(batch))
        .chain(
            () ->
                connection
                    .preparedQuery(
                        "UPDATE outbox_event SET published_at = ?, attempts = attempts + 1"
                            + " WHERE seq IN ("
                            + seqs
                            + ")")
                    .execute(Tuple.of(UtcColumns.toColumn(clock.instant()))))
        .replaceWith(new Outcome(batch.size(), false));
  }
}
