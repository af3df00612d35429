package com.classbook.identity.adapter.out.messaging;

import com.classbook.identity.application.port.out.EventPublisher;
import com.classbook.identity.domain.User;
import com.classbook.identity.domain.UserFact;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.identity.UserEvent;
import com.classbook.platform.outbox.OutboxWriter;
import com.classbook.platform.outbox.WireTypes;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Writes user events to the outbox; the relay publishes them on identity.users.v1. */
@ApplicationScoped
public class OutboxEventPublisher implements EventPublisher {
  private final OutboxWriter outbox;

  public OutboxEventPublisher(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  /** The versioned wire type of each fact (WireTypes refuses a fact without one). */
  static final WireTypes<UserFact> TYPES =
      WireTypes.of(
          UserFact.class,
          Map.of(
              UserFact.Registered.class, UserEvent.REGISTERED,
              UserFact.EmailVerified.class, UserEvent.EMAIL_VERIFIED,
              UserFact.ProfileUpdated.class, UserEvent.PROFILE_UPDATED));

  @Override
  public Uni<Void> publish(UserFact fact) {
    User user = fact.user();
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
    return outbox.append(Topics.IDENTITY_USERS, user.id().toString(), TYPES.of(fact), event);
  }
}
