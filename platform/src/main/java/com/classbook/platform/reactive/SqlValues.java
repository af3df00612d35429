package com.classbook.platform.reactive;

import java.sql.Clob;
import java.sql.SQLException;

/** Reads native-query column values whose Java type depends on the driver and column type. */
public final class SqlValues {
  private SqlValues() {}

  /** A TEXT-family column as a String, whether it arrives as String or Clob. */
  public static String text(Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (SQLException e) {
        throw new IllegalStateException("unreadable text column", e);
      }
    }
    return value.toString();
  }
}
