package com.classbook.waitlist.domain;

/** Resolution of a seat that the booking service reserved for the waitlist. */
public enum FreedSlotState {
  /** Not resolved yet: the head of the queue has to be promoted or the seat released. */
  PENDING,
  /** A waiting entry got the seat. */
  PROMOTED,
  /** Nobody could take it: the seat went back to the public pool. */
  RELEASED,
  /** The booking service reports the seat as already used. */
  CONSUMED
}
