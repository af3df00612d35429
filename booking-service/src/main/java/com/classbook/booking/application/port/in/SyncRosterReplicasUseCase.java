package com.classbook.booking.application.port.in;

import com.classbook.kernel.event.identity.UserEvent;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

/** Keeps the member-name and waitlist replicas of the roster in step with their owners' events. */
public interface SyncRosterReplicasUseCase {

  /** Applies a member's latest profile (inside the caller's inbox transaction). */
  Uni<Void> applyUser(UserEvent user);

  /**
   * Applies a waitlist entry's latest state (inside the caller's inbox transaction); {@code
   * publishedAt} is the event's time, the join time of a join event written before events carried
   * one.
   */
  Uni<Void> applyWaitlistEntry(WaitlistEvent entry, Instant publishedAt);
}
