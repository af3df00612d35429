package com.classbook.platform.outbox;

import com.classbook.platform.persistence.DirectTransaction;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;

/** The outbox rows of one direct transaction, inserted in their order by one statement. */
final class OutboxRows implements DirectTransaction.PendingWrites {

  private static final String COLUMNS =
      "INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, created_at,"
          + " request_id, traceparent) VALUES ";
  static final int WIDTH = 8;

  private final OutboxRelay relay;
  private final List<Object[]> rows = new ArrayList<>();

  OutboxRows(OutboxRelay relay) {
    this.relay = relay;
  }

  void add(Object[] row) {
    rows.add(row);
  }

  /** The statement inserting {@code count} rows, with numbered parameters. */
  static String insert(int count) {
    StringBuilder sql = new StringBuilder(COLUMNS);
    for (int r = 0; r < count; r++) {
      sql.append(r == 0 ? "(" : ", (");
      for (int c = 1; c <= WIDTH; c++) {
        sql.append(c == 1 ? "?" : ", ?").append(r * WIDTH + c);
      }
      sql.append(')');
    }
    return sql.toString();
  }

  @Override
  public Uni<Void> writeTo(DirectTransaction transaction) {
    if (rows.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    Object[] values = rows.stream().flatMap(java.util.Arrays::stream).toArray();
    return transaction.update(insert(rows.size()), values).invoke(relay::wakeUp).replaceWithVoid();
  }
}
