package com.classbook.waitlist.application.port.in;

import io.smallrye.mutiny.Uni;

/** Takes a waiting member off the queue and releases their hold with a full refund. */
public interface LeaveWaitlistUseCase {
  Uni<WaitlistEntryView> leave(LeaveWaitlistCommand command);
}
