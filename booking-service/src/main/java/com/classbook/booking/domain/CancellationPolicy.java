package com.classbook.booking.domain;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import java.time.Duration;
import java.time.Instant;

/** Who may cancel a booking until when, and whether the credits come back. */
public record CancellationPolicy(Duration refundCutoff) {

  /** Refund in full when now is at or before {@code start - refundCutoff}. */
  public boolean refunds(ClassInventory cls, Instant now) {
    return !now.isAfter(cls.startTime().minus(refundCutoff));
  }

  /** 409 NOT_CANCELLABLE unless the booking is CONFIRMED and the class has not started. */
  public void requireCancellable(Booking booking, ClassInventory cls, Instant now) {
    if (booking.status() == BookingStatus.WAITLISTED) {
      throw new DomainProblem(
          ProblemCode.NOT_CANCELLABLE, "a waitlist hold is released by leaving the waitlist");
    }
    if (booking.status() != BookingStatus.CONFIRMED) {
      throw new DomainProblem(
          ProblemCode.NOT_CANCELLABLE, "a " + booking.status() + " booking cannot be cancelled");
    }
    if (!now.isBefore(cls.startTime())) {
      throw new DomainProblem(ProblemCode.NOT_CANCELLABLE, "the class has already started");
    }
  }
}
