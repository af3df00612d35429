package com.classbook.waitlist.application.port.out;

import com.classbook.waitlist.domain.EntryFact;
import io.smallrye.mutiny.Uni;

/** Publishes what happened to an entry as an integration event, committed with the change. */
public interface EventPublisher {
  Uni<Void> publish(EntryFact fact);
}
