package com.classbook.booking.application.port.in;

import com.classbook.kernel.problem.Validate;

/**
 * Place a credit hold for a waitlist entry; {@code requestId} (the entry id) makes it idempotent.
 */
public record PlaceHoldCommand(
    String requestId, String userId, String classId, String userPackageId) {
  public PlaceHoldCommand {
    Validate.fields()
        .text(requestId, "requestId", 64)
        .text(userId, "userId", 64)
        .text(classId, "classId", 64)
        .maxLength(userPackageId, "userPackageId", 64)
        .orThrow();
  }
}
