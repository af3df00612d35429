package com.classbook.platform.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One connection of the reactive MySQL client held by the current request, in a transaction or as a
 * plain session ({@link DirectTransactions}): its statements bypass Hibernate Reactive. Writes that
 * can wait (outbox rows) are collected and sent together just before the commit.
 */
public final class DirectTransaction {

  /** Rows collected during the transaction and written in one go before it commits. */
  public interface PendingWrites {
    Uni<Void> writeTo(DirectTransaction transaction);
  }

  private final SqlConnection connection;
  private final boolean transactional;
  private final Map<Object, PendingWrites> pending = new LinkedHashMap<>();

  DirectTransaction(SqlConnection connection, boolean transactional) {
    this.connection = connection;
    this.transactional = transactional;
  }

  /** Every row of a query, each as its column values in select order. */
  public Uni<List<Object[]>> rows(String numberedSql, Object... values) {
    return execute(numberedSql, values)
        .map(
            rowSet -> {
              List<Object[]> rows = new ArrayList<>(rowSet.size());
              for (Row row : rowSet) {
                Object[] columns = new Object[row.size()];
                for (int i = 0; i < columns.length; i++) {
                  columns[i] = row.getValue(i);
                }
                rows.add(columns);
              }
              return rows;
            });
  }

  /** Every row of a query, each as its column values by lower-case column name. */
  public Uni<List<Map<String, Object>>> rowsByName(String numberedSql, Object... values) {
    return execute(numberedSql, values)
        .map(
            rowSet -> {
              List<String> names =
                  rowSet.columnsNames().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
              List<Map<String, Object>> rows = new ArrayList<>(rowSet.size());
              for (Row row : rowSet) {
                Map<String, Object> columns = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                  columns.put(names.get(i), row.getValue(i));
                }
                rows.add(columns);
              }
              return rows;
            });
  }

  /** The number of rows a statement changed (matched, for the guarded updates). */
  public Uni<Integer> update(String numberedSql, Object... values) {
    return execute(numberedSql, values).map(rowSet -> rowSet.rowCount());
  }

  /**
   * The writes registered under {@code key} in this transaction, made by {@code create} on first
   * use; they are sent just before the commit. Without a transaction there is nothing to defer to.
   */
  @SuppressWarnings("unchecked")
  public <W extends PendingWrites> W pending(Object key, Supplier<W> create) {
    if (!transactional) {
      throw new IllegalStateException("deferred writes need a transaction");
    }
    return (W) pending.computeIfAbsent(key, ignored -> create.get());
  }

  Uni<Void> flushPending() {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (PendingWrites writes : List.copyOf(pending.values())) {
      chain = chain.chain(() -> writes.writeTo(this));
    }
    return chain.invoke(pending::clear);
  }

  private Uni<io.vertx.mutiny.sqlclient.RowSet<Row>> execute(String numberedSql, Object[] values) {
    PositionalSql statement = PositionalSql.of(numberedSql);
    List<Object> bound = statement.bind(values);
    Tuple tuple = Tuple.tuple();
    for (Object value : bound) {
      tuple.addValue(value instanceof Instant instant ? UtcColumns.toColumn(instant) : value);
    }
    return connection.preparedQuery(statement.sql()).execute(tuple);
  }
}
