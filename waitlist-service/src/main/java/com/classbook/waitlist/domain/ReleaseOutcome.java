package com.classbook.waitlist.domain;

/** The booking service's answer when asked to release a hold with a full refund. */
public enum ReleaseOutcome {
  /** The hold is cancelled and refunded (now or by an earlier call). */
  RELEASED,
  /** The hold had already become a confirmed booking. */
  ALREADY_PROMOTED,
  /** The booking service has no such hold: nothing is held. */
  HOLD_NOT_FOUND
}
