package com.classbook.booking.domain;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import java.time.Duration;
import java.time.Instant;

/** Check-in opens {@code opensBefore} the class start and closes when the class ends. */
public record CheckInPolicy(Duration opensBefore) {

  /**
   * True when the booking must move to CHECKED_IN, false when it already is (a harmless repeat);
   * 409 NOT_CHECKABLE or CHECK_IN_NOT_OPEN otherwise.
   */
  public boolean requiresCheckIn(Booking booking, ClassInventory cls, Instant now) {
    if (booking.status() == BookingStatus.CHECKED_IN) {
      return false;
    }
    if (booking.status() != BookingStatus.CONFIRMED) {
      throw new DomainProblem(
          ProblemCode.NOT_CHECKABLE, "a " + booking.status() + " booking cannot be checked in");
    }
    Instant opens = cls.startTime().minus(opensBefore);
    if (now.isBefore(opens) || !now.isBefore(cls.endTime())) {
      throw new DomainProblem(
          ProblemCode.CHECK_IN_NOT_OPEN,
          "check-in is open from " + opens + " until " + cls.endTime());
    }
    return true;
  }
}
