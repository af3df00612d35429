package com.classbook.waitlist.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the test schemas directly, to check state in MySQL itself. */
public final class Sql {
  private Sql() {}

  public static long waitlist(String sql, Object... params) {
    return count("waitlist_test", "waitlist", sql, params);
  }

  public static long booking(String sql, Object... params) {
    return count("booking_test", "booking", sql, params);
  }

  private static long count(String schema, String user, String sql, Object... params) {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:3306/" + schema, user, user + "-local-pw");
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
