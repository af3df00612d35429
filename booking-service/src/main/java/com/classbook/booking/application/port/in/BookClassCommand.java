package com.classbook.booking.application.port.in;

import com.classbook.kernel.problem.Validate;

/** Book a class for a member, optionally paid from a named user package. */
public record BookClassCommand(String userId, String classId, String userPackageId) {
  public BookClassCommand {
    Validate.fields()
        .text(userId, "userId", 64)
        .text(classId, "classId", 64)
        .maxLength(userPackageId, "userPackageId", 64)
        .orThrow();
  }
}
