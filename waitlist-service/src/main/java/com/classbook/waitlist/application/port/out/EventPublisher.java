package com.classbook.waitlist.application.port.out;

import com.classbook.waitlist.domain.WaitlistEntry;
import io.smallrye.mutiny.Uni;

/** Publishes an entry's transition as an integration event, committed with the change. */
public interface EventPublisher {
  /** The event type follows the entry's status: joined, promoted, left or refunded. */
  Uni<Void> published(WaitlistEntry entry);
}
