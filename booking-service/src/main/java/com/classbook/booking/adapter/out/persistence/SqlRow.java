package com.classbook.booking.adapter.out.persistence;

import java.time.Instant;
import java.util.Map;

/** One result row whose columns are read by name, whichever client produced it. */
final class SqlRow {

  private final Map<String, Object> columns;

  SqlRow(Map<String, Object> columns) {
    this.columns = columns;
  }

  /** {@code column} in lower case, as the keys are. */
  private Object value(String column) {
    Object value = columns.get(column);
    if (value == null && !columns.containsKey(column)) {
      throw new IllegalArgumentException("no column " + column + " in " + columns.keySet());
    }
    return value;
  }

  String text(String column) {
    return NativeSql.text(value(column));
  }

  int integer(String column) {
    return NativeSql.integer(value(column));
  }

  long longValue(String column) {
    return NativeSql.longValue(value(column));
  }

  boolean bool(String column) {
    return NativeSql.bool(value(column));
  }

  Instant instant(String column) {
    return NativeSql.instant(value(column));
  }
}
