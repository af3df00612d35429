package com.classbook.booking.domain;

import java.time.Instant;

/**
 * A member's entry in a class's waitlist as the waitlist service last announced it; {@code holdId}
 * is the WAITLISTED booking holding the entry's credits.
 */
public record WaitlistPlace(
    String entryId, String userId, String classId, String holdId, String status, Instant joinedAt) {

  public static final String WAITING = "WAITING";

  public boolean isWaiting() {
    return WAITING.equals(status);
  }
}
