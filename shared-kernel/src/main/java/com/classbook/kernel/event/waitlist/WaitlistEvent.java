package com.classbook.kernel.event.waitlist;

import java.time.Instant;
import java.util.List;

/**
 * A waitlist entry after one of its transitions (key = entry id). {@code joinedAt} is when the
 * member joined; events written before the field existed carry none.
 */
public record WaitlistEvent(
    String entryId,
    String userId,
    String classId,
    String bookingId,
    String status,
    boolean refunded,
    Instant joinedAt) {
  public static final String JOINED = "waitlist.WaitlistJoined.v1";
  public static final String PROMOTED = "waitlist.WaitlistPromoted.v1";
  public static final String LEFT = "waitlist.WaitlistLeft.v1";
  public static final String REFUNDED = "waitlist.WaitlistRefunded.v1";

  /** The values of {@code status}: waitlist-service's EntryStatus. */
  public static final List<String> STATUSES = List.of("WAITING", "PROMOTED", "LEFT", "REFUNDED");
}
