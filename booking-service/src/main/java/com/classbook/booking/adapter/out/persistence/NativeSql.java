package com.classbook.booking.adapter.out.persistence;

import com.classbook.platform.persistence.DirectTransaction;
import com.classbook.platform.persistence.DirectTransactions;
import com.classbook.platform.persistence.UtcColumns;
import com.classbook.platform.reactive.SqlValues;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Native statements on the current direct transaction (the reactive MySQL client), or else on the
 * current Hibernate Reactive session, with portable value conversions.
 */
final class NativeSql {
  private NativeSql() {}

  static Uni<List<SqlRow>> rows(String sql, Object... params) {
    Optional<DirectTransaction> direct = DirectTransactions.current();
    if (direct.isPresent()) {
      return direct
          .get()
          .rowsByName(sql, params)
          .map(rows -> rows.stream().map(SqlRow::new).toList());
    }
    return Panache.getSession()
        .chain(
            session -> {
              var query = session.createNativeQuery(sql, Tuple.class);
              for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, bind(params[i]));
              }
              return query.getResultList();
            })
        .map(tuples -> tuples.stream().map(NativeSql::byName).toList());
  }

  private static SqlRow byName(Tuple tuple) {
    Map<String, Object> columns = new LinkedHashMap<>();
    List<TupleElement<?>> elements = tuple.getElements();
    for (int i = 0; i < elements.size(); i++) {
      columns.put(elements.get(i).getAlias().toLowerCase(Locale.ROOT), tuple.get(i));
    }
    return new SqlRow(columns);
  }

  static Uni<Long> count(String sql, Object... params) {
    Optional<DirectTransaction> direct = DirectTransactions.current();
    if (direct.isPresent()) {
      return direct.get().rows(sql, params).map(rows -> longValue(rows.get(0)[0]));
    }
    return Panache.getSession()
        .chain(
            session -> {
              var query = session.createNativeQuery(sql, Long.class);
              for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, bind(params[i]));
              }
              return query.getSingleResult();
            });
  }

  static Uni<Integer> update(String sql, Object... params) {
    Optional<DirectTransaction> direct = DirectTransactions.current();
    if (direct.isPresent()) {
      return direct.get().update(sql, params);
    }
    return Panache.getSession()
        .chain(
            session -> {
              var query = session.createNativeQuery(sql);
              for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, bind(params[i]));
              }
              return query.executeUpdate();
            });
  }

  static Object bind(Object value) {
    return value instanceof Instant instant ? UtcColumns.toColumn(instant) : value;
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDateTime local) {
      return UtcColumns.fromColumn(local);
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return UtcColumns.fromColumn(timestamp.toLocalDateTime());
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalStateException("not a timestamp: " + value.getClass());
  }

  static String text(Object value) {
    return SqlValues.text(value);
  }

  static int integer(Object value) {
    return ((Number) value).intValue();
  }

  static long longValue(Object value) {
    return ((Number) value).longValue();
  }

  static boolean bool(Object value) {
    if (value instanceof Boolean flag) {
      return flag;
    }
    return value != null && ((Number) value).intValue() != 0;
  }
}
