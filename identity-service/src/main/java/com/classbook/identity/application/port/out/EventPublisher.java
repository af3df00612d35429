package com.classbook.identity.application.port.out;

import com.classbook.identity.domain.UserFact;
import io.smallrye.mutiny.Uni;

/** Records what happened to a user as an integration event in the current transaction (outbox). */
public interface EventPublisher {
  Uni<Void> publish(UserFact fact);
}
