package com.classbook.booking.application.port.out;

import com.classbook.booking.domain.WaitlistPlace;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/** The replica of the waitlist's entries, fed by the waitlist service's entry events. */
public interface WaitlistReplica {

  /**
   * Applies an entry's latest state: an ended entry stays ended, and a null join time keeps the one
   * known.
   */
  Uni<Void> upsert(WaitlistPlace place, Instant now);

  /**
   * The class's WAITING entries in join order, without those whose credit hold this service has
   * already promoted or released (the waitlist's event may still be on its way).
   */
  Uni<List<WaitlistPlace>> waitingOf(String classId);
}
