package com.classbook.waitlist.domain;

/** The waitlist's reaction to a promotion outcome (SPEC "Waitlist": skip and refund, else stop). */
public enum PromotionStep {
  /** The head got the seat: mark it promoted, the seat is resolved. */
  MARK_PROMOTED,
  /** The head can no longer be promoted: refund it and offer the seat to the next entry. */
  SKIP_AND_REFUND,
  /** The seat is gone: nothing more to do for it. */
  STOP
}
