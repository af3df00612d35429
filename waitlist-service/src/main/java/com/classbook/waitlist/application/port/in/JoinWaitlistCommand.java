package com.classbook.waitlist.application.port.in;

import com.classbook.kernel.problem.Validate;

/** A member asks for a place in a full class's waitlist, optionally naming the paying package. */
public record JoinWaitlistCommand(String userId, String classId, String userPackageId) {
  public JoinWaitlistCommand {
    Validate.fields()
        .text(userId, "userId", 64)
        .text(classId, "classId", 64)
        .require(
            userPackageId == null || !userPackageId.isBlank(), "userPackageId", "must not be blank")
        .maxLength(userPackageId, "userPackageId", 64)
        .orThrow();
  }
}
