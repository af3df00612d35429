package com.classbook.waitlist.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the test schemas directly, to check state in MySQL itself. */
public final class SchemaQueries {
  private SchemaQueries() {}

  public static long waitlist(String sql, Object... params) {
    return count("waitlist_test", "waitlist", sql, params);
  }

  public static long booking(String sql, Object... params) {
    return count("booking_test", "booking", sql, params);
  }

  /**
   * Capacity minus free, reserved and taken seats of a class in booking's schema: 0 while I2 holds.
   */
  public static long slotAccountingGap(String classId) {
    return booking(
        "SELECT c.capacity - c.free_slots - c.reserved_slots - (SELECT COUNT(*) FROM bookings b"
            + " WHERE b.class_schedule_id = c.id AND b.status IN ('CONFIRMED', 'CHECKED_IN',"
            + " 'NO_SHOW')) FROM class_inventory c WHERE c.id = ?",
        classId);
  }

  /**
   * Locks one row of waitlist's schema in a transaction of the test's own until the result is
   * closed.
   */
  public static AutoCloseable lockWaitlistRow(String table, String id) {
    try {
      Connection c =
          DriverManager.getConnection(
              "jdbc:mysql://127.0.0.1:3306/waitlist_test", "waitlist", "waitlist-local-pw");
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE")) {
        s.setString(1, id);
        s.executeQuery().close();
      }
      return () -> {
        c.rollback();
        c.close();
      };
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
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
