package com.classbook.booking.adapter.out.persistence;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** One result row whose columns are read by name, whichever client produced it. */
final class SqlRow {

  private final Map<String, Object> columns;

  SqlRow(Map<String, Object> columns) {
    this.columns = columns;
  }

  private Object value(String column) {
    String name = column.toLowerCase(Locale.ROOT);
    if (!columns.containsKey(name)) {
      throw new IllegalArgumentException("no column " + column + " in " + columns.keySet());
    }
    return columns.get(name);
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
