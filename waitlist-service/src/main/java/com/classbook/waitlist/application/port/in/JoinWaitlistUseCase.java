package com.classbook.waitlist.application.port.in;

import io.smallrye.mutiny.Uni;

/** Puts a member at the tail of a full class's waitlist, holding the class's credits. */
public interface JoinWaitlistUseCase {
  Uni<WaitlistEntryView> join(JoinWaitlistCommand command);
}
