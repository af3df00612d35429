package com.classbook.identity.adapter.out.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.identity.domain.EmailAddress;
import com.classbook.identity.domain.User;
import com.classbook.identity.domain.UserFact;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.identity.UserEvent;
import com.classbook.platform.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every user fact goes out as an integration event of its own versioned type. */
class OutboxEventPublisherTest {

  /** One row the publisher asked the outbox to write. */
  private record Appended(String topic, String key, String type, Object data) {}

  private final List<Appended> appended = new ArrayList<>();

  private final OutboxEventPublisher publisher =
      new OutboxEventPublisher(
          new OutboxWriter("identity-service", Clock.systemUTC(), null) {
            @Override
            public Uni<Void> append(String topic, String key, String type, Object data) {
              appended.add(new Appended(topic, key, type, data));
              return Uni.createFrom().voidItem();
            }
          });

  private final User user =
      User.register(
              new EmailAddress("ada@example.com"),
              "$2a$10$secret-hash",
              "Ada",
              "Lovelace",
              "SG",
              Instant.parse("2026-03-01T10:00:00Z"))
          .user();

  @Test
  void everyUserFactHasItsOwnWireType() {
    Set<Class<?>> facts = Set.of(UserFact.class.getPermittedSubclasses());
    assertEquals(facts, OutboxEventPublisher.TYPES.asMap().keySet());
    assertEquals(facts.size(), new HashSet<>(OutboxEventPublisher.TYPES.asMap().values()).size());
  }

  @Test
  void eachFactIsItsVersionedUserEventOnTheUsersTopicKeyedByTheUser() {
    publish(new UserFact.Registered(user));
    publish(new UserFact.EmailVerified(user));
    publish(new UserFact.ProfileUpdated(user));

    assertEquals(
        List.of(UserEvent.REGISTERED, UserEvent.EMAIL_VERIFIED, UserEvent.PROFILE_UPDATED),
        appended.stream().map(Appended::type).toList());
    for (Appended row : appended) {
      assertEquals(Topics.IDENTITY_USERS, row.topic());
      assertEquals(user.id().toString(), row.key());
    }
  }

  @Test
  void theEventCarriesThePublicProfileOnly() {
    publish(new UserFact.Registered(user));

    assertEquals(
        new UserEvent(
            user.id().toString(), "ada@example.com", "Ada", "Lovelace", "SG", "MEMBER", false),
        appended.get(0).data());
  }

  private void publish(UserFact fact) {
    publisher.publish(fact).await().indefinitely();
  }
}
