package com.classbook.identity.application.port.out;

import com.classbook.identity.domain.User;
import io.smallrye.mutiny.Uni;

/** Records a user's integration event in the current transaction (transactional outbox). */
public interface EventPublisher {
  Uni<Void> registered(User user);

  Uni<Void> emailVerified(User user);

  Uni<Void> profileUpdated(User user);
}
