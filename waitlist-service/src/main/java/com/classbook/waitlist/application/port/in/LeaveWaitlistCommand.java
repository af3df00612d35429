package com.classbook.waitlist.application.port.in;

import com.classbook.kernel.problem.Validate;

/** A member leaves one of their waitlist entries. */
public record LeaveWaitlistCommand(String userId, String entryId) {
  public LeaveWaitlistCommand {
    Validate.fields().text(userId, "userId", 64).text(entryId, "id", 64).orThrow();
  }
}
