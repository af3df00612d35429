package com.classbook.booking.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.platform.testing.TestSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reads the booking test schema directly, to check invariants from MySQL itself. */
public final class Db {
  private static final TestSchema SCHEMA = TestSchema.of("booking");

  private Db() {}

  public static List<Map<String, Object>> query(String sql, Object... params) {
    return SCHEMA.query(sql, params);
  }

  /** Runs one statement that changes rows, as an operator or a purge job would. */
  public static int update(String sql, Object... params) {
    return SCHEMA.update(sql, params);
  }

  public static Map<String, Object> one(String sql, Object... params) {
    List<Map<String, Object>> rows = query(sql, params);
    assertEquals(1, rows.size(), "exactly one row for " + sql);
    return rows.get(0);
  }

  public static long count(String sql, Object... params) {
    return ((Number) one(sql, params).values().iterator().next()).longValue();
  }

  public static int integer(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).intValue();
  }

  /**
   * Locks the class's inventory row in a transaction of the test's own until the result is closed,
   * so booking transactions provably wait inside their guarded update meanwhile.
   */
  public static AutoCloseable lockClassRow(String classId) {
    return lockRow("class_inventory", classId);
  }

  /**
   * Locks one booking row in a transaction of the test's own until the result is closed, so a
   * transaction that locks the bookings of its class provably waits there meanwhile.
   */
  public static AutoCloseable lockBookingRow(String bookingId) {
    return lockRow("bookings", bookingId);
  }

  private static AutoCloseable lockRow(String table, String id) {
    return SCHEMA.lockRow(table, id);
  }

  /**
   * Waits until a statement of the booking service that matches the SQL LIKE {@code pattern} is
   * running on the server (the service connects as the same user, so its threads are visible).
   */
  public static void awaitRunning(String pattern, Duration timeout) {
    awaitRunning(pattern, 1, timeout);
  }

  /** Waits until at least {@code count} statements like {@code pattern} run at the same time. */
  public static void awaitRunning(String pattern, int count, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (count(
            "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE ?"
                + " AND ID <> CONNECTION_ID()",
            pattern)
        < count) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            count + " statements like '" + pattern + "' did not run within " + timeout);
      }
      Thread.onSpinWait();
    }
  }

  /** Outbox events recorded for an aggregate with the given type. */
  public static long events(String key, String type) {
    return count(
        "SELECT COUNT(*) FROM outbox_event WHERE event_key = ? AND event_type = ?", key, type);
  }

  /**
   * I1 (no oversell) and I2 (free + reserved + seat-holding bookings = capacity) for a class, and
   * I3 (credits = remaining + unrefunded credits used, remaining >= 0) for every package that paid
   * one of its bookings.
   */
  public static void assertInvariants(String classId) {
    Map<String, Object> cls =
        one(
            "SELECT capacity, free_slots, reserved_slots, is_cancelled FROM class_inventory"
                + " WHERE id = ?",
            classId);
    long seats =
        count(
            "SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ?"
                + " AND status IN ('CONFIRMED', 'CHECKED_IN', 'NO_SHOW')",
            classId);
    long reserved =
        count(
            "SELECT COUNT(*) FROM reserved_slot WHERE class_id = ? AND state = 'RESERVED'",
            classId);
    int capacity = integer(cls, "capacity");
    assertTrue(seats <= capacity, "I1: " + seats + " seats taken of " + capacity);
    if (Boolean.TRUE.equals(cls.get("is_cancelled"))) {
      // A cancelled class offers no seat at all: I2 gives way to "nothing free, nothing reserved".
      assertEquals(0, integer(cls, "free_slots"), "a cancelled class has no free seat");
      assertEquals(0, integer(cls, "reserved_slots"), "a cancelled class reserves no seat");
    } else {
      assertEquals(
          capacity,
          integer(cls, "free_slots") + integer(cls, "reserved_slots") + seats,
          "I2: free + reserved + booked = capacity");
    }
    assertEquals(reserved, integer(cls, "reserved_slots"), "reserved count = RESERVED rows");
    for (Map<String, Object> p :
        query(
            "SELECT p.id, p.credits, p.remaining_credits FROM user_packages p WHERE p.id IN"
                + " (SELECT user_package_id FROM bookings WHERE class_schedule_id = ?)",
            classId)) {
      long used =
          count(
              "SELECT COALESCE(SUM(credits_used), 0) FROM bookings"
                  + " WHERE user_package_id = ? AND is_refunded = FALSE",
              p.get("id"));
      assertTrue(integer(p, "remaining_credits") >= 0, "I3: remaining >= 0");
      assertEquals(
          integer(p, "credits"),
          integer(p, "remaining_credits") + used,
          "I3: credits = remaining + unrefunded used, package " + p.get("id"));
    }
  }
}
