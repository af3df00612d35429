package com.classbook.booking.adapter.out.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.WalletFact;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every domain fact goes out as an integration event of its own versioned type. */
class OutboxEventPublisherTest {

  @Test
  void everyBookingFactHasItsOwnWireType() {
    Set<Class<?>> facts = Set.of(BookingFact.class.getPermittedSubclasses());
    assertEquals(facts, OutboxEventPublisher.BOOKING_TYPES.asMap().keySet());
    assertEquals(
        facts.size(), new HashSet<>(OutboxEventPublisher.BOOKING_TYPES.asMap().values()).size());
  }

  @Test
  void everyWalletFactHasItsOwnWireType() {
    Set<Class<?>> facts = Set.copyOf(Arrays.asList(WalletFact.class.getPermittedSubclasses()));
    assertEquals(facts, OutboxEventPublisher.WALLET_TYPES.asMap().keySet());
    assertEquals(
        facts.size(), new HashSet<>(OutboxEventPublisher.WALLET_TYPES.asMap().values()).size());
  }
}
