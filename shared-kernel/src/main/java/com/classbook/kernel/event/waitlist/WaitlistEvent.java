package com.classbook.kernel.event.waitlist;

/** A waitlist entry after one of its transitions (key = entry id). */
public record WaitlistEvent(
    String entryId,
    String userId,
    String classId,
    String bookingId,
    String status,
    boolean refunded) {
  public static final String JOINED = "waitlist.WaitlistJoined.v1";
  public static final String PROMOTED = "waitlist.WaitlistPromoted.v1";
  public static final String LEFT = "waitlist.WaitlistLeft.v1";
  public static final String REFUNDED = "waitlist.WaitlistRefunded.v1";
}
