package com.classbook.waitlist.domain;

/** The booking service's answer when the waitlist hands a reserved seat back to the public pool. */
public enum SlotReleaseOutcome {
  /** The seat is public again (now or by an earlier call). */
  RELEASED,
  /** The seat was already consumed by a promotion, or the class is unknown there. */
  NOT_RESERVED
}
