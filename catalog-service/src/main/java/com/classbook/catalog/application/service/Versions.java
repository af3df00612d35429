package com.classbook.catalog.application.service;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;

/** The If-Match guard of updates: checked on the row read under its lock, before any change. */
final class Versions {
  private Versions() {}

  /** 412 PRECONDITION_FAILED unless no version is expected or it is the stored one. */
  static void require(Long expected, long stored, String what) {
    if (expected != null && expected != stored) {
      throw new DomainProblem(
          ProblemCode.PRECONDITION_FAILED,
          what + " changed since it was read (If-Match does not name its current ETag)");
    }
  }
}
