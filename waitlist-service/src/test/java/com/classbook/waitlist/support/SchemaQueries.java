package com.classbook.waitlist.support;

import com.classbook.platform.testing.TestSchema;

/** Reads the test schemas directly, to check state in MariaDB itself. */
public final class SchemaQueries {
  private static final TestSchema WAITLIST = TestSchema.of("waitlist");
  private static final TestSchema BOOKING = TestSchema.of("booking");

  private SchemaQueries() {}

  public static long waitlist(String sql, Object... params) {
    return WAITLIST.count(sql, params);
  }

  public static long booking(String sql, Object... params) {
    return BOOKING.count(sql, params);
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
    return WAITLIST.lockRow(table, id);
  }
}
