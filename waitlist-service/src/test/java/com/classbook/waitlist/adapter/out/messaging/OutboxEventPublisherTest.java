package com.classbook.waitlist.adapter.out.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.kernel.event.waitlist.WaitlistEvent;
import com.classbook.waitlist.domain.EntryFact;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every fact of an entry goes out as an integration event of its own versioned type. */
class OutboxEventPublisherTest {

  @Test
  void everyEntryFactHasItsOwnWireType() {
    Set<Class<?>> facts = Set.of(EntryFact.class.getPermittedSubclasses());
    assertEquals(facts, OutboxEventPublisher.TYPES.asMap().keySet());
    assertEquals(facts.size(), new HashSet<>(OutboxEventPublisher.TYPES.asMap().values()).size());
  }

  @Test
  void eachFactKeepsTheWireTypeConsumersKnow() {
    assertEquals(
        WaitlistEvent.JOINED, OutboxEventPublisher.TYPES.asMap().get(EntryFact.Joined.class));
    assertEquals(WaitlistEvent.LEFT, OutboxEventPublisher.TYPES.asMap().get(EntryFact.Left.class));
    assertEquals(
        WaitlistEvent.PROMOTED, OutboxEventPublisher.TYPES.asMap().get(EntryFact.Promoted.class));
    assertEquals(
        WaitlistEvent.REFUNDED, OutboxEventPublisher.TYPES.asMap().get(EntryFact.Refunded.class));
  }
}
