package com.classbook.identity.adapter.out.messaging;

import com.classbook.identity.application.port.out.EventPublisher;
import com.classbook.identity.domain.User;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.identity.UserEvent;
import com.classbook.platform.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes user events to the outbox; the relay publishes them on identity.users.v1. */
@ApplicationScoped
public class OutboxEventPublisher implements EventPublisher {
  private final OutboxWriter outbox;

  public OutboxEventPublisher(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  @Override
  public Uni<Void> registered(User user) {
    return append(UserEvent.REGISTERED, user);
  }

  @Override
  public Uni<Void> emailVerified(User user) {
    return append(UserEvent.EMAIL_VERIFIED, user);
  }

  @Override
  public Uni<Void> profileUpdated(User user) {
    return append(UserEvent.PROFILE_UPDATED, user);
  }

  private Uni<Void> append(String type, User user) {
    // The public profile only: no password hash, no tokens.
    UserEvent event =
        new UserEvent(
            user.id().toString(),
            user.email().value(),
            user.firstName(),
            user.lastName(),
            user.countryCode(),
            user.role().name(),
            user.emailVerified());
    return outbox.append(Topics.IDENTITY_USERS, user.id().toString(), type, event);
  }
}
