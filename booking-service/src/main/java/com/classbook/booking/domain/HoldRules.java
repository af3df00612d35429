package com.classbook.booking.domain;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import java.time.Instant;

/** The rules of waitlist credit holds: placement only when full, promotion and release once. */
public final class HoldRules {
  private HoldRules() {}

  /** 409 CLASS_NOT_FULL while a public seat is free: the member should book instead. */
  public static void requireFull(ClassInventory cls) {
    if (cls.freeSlots() > 0) {
      throw new DomainProblem(
          ProblemCode.CLASS_NOT_FULL, "the class has " + cls.freeSlots() + " free slots: book it");
    }
  }

  /**
   * 422 CLASS_NOT_BOOKABLE once the class was cancelled or has started. An inactive class still
   * promotes: deactivating stops new bookings and joins, not the holds already placed, whose seat
   * was reserved for them.
   */
  public static void requirePromotable(ClassInventory cls, Instant now) {
    if (cls.cancelled()) {
      throw new DomainProblem(ProblemCode.CLASS_NOT_BOOKABLE, "the class has been cancelled");
    }
    if (!now.isBefore(cls.startTime())) {
      throw new DomainProblem(ProblemCode.CLASS_NOT_BOOKABLE, "the class has already started");
    }
  }

  /**
   * True when the hold must be promoted with {@code slotRef}, false when it already was with that
   * same slot (idempotent repeat); 409 NOT_WAITING otherwise.
   */
  public static boolean requiresPromotion(Booking hold, String slotRef) {
    if (hold.status() == BookingStatus.WAITLISTED) {
      return true;
    }
    if (slotRef.equals(hold.promotedSlotRef())) {
      return false;
    }
    throw new DomainProblem(
        ProblemCode.NOT_WAITING, "the hold is " + hold.status() + " and no longer waiting");
  }

  /**
   * True when the hold must be released, false when it already was (idempotent repeat); 409
   * NOT_WAITING once it was promoted.
   */
  public static boolean requiresRelease(Booking hold) {
    if (hold.status() == BookingStatus.WAITLISTED) {
      return true;
    }
    if (hold.status() == BookingStatus.CANCELLED) {
      return false;
    }
    throw new DomainProblem(ProblemCode.NOT_WAITING, "the hold was promoted to a booking");
  }
}
