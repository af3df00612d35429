package com.classbook.waitlist.application.service;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.waitlist.application.port.out.BookingHolds;
import com.classbook.waitlist.application.port.out.ClassLock;

/** Turns infrastructure unavailability into the API's 503 for members' requests. */
final class Unavailability {
  private Unavailability() {}

  static boolean isTransient(Throwable failure) {
    return failure instanceof BookingHolds.Unavailable || failure instanceof ClassLock.Unavailable;
  }

  static DomainProblem asProblem(Throwable failure) {
    return new DomainProblem(
        ProblemCode.SERVICE_UNAVAILABLE, "the waitlist is temporarily unavailable; retry later");
  }
}
