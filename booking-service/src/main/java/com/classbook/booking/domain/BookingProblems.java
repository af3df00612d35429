package com.classbook.booking.domain;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;

/** The refusals that bookings, cancellations, holds and seats share, worded once. */
public final class BookingProblems {
  private BookingProblems() {}

  public static DomainProblem classNotFound(String classId) {
    return new DomainProblem(ProblemCode.CLASS_NOT_FOUND, "no class " + classId);
  }

  public static DomainProblem classFull() {
    return new DomainProblem(
        ProblemCode.CLASS_FULL,
        "no free slot left; the waitlist is open: POST /api/v1/waitlist with this classId");
  }

  public static DomainProblem noHold(String holdId) {
    return new DomainProblem(ProblemCode.NOT_FOUND, "no hold " + holdId);
  }

  public static DomainProblem slotNotReserved(String slotRef) {
    return new DomainProblem(
        ProblemCode.SLOT_NOT_RESERVED, "slot " + slotRef + " is not reserved for the waitlist");
  }
}
