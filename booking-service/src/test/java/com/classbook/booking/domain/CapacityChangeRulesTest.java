package com.classbook.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CapacityChangeRulesTest {

  private static final Instant START = Instant.parse("2030-01-03T08:00:00Z");

  /** capacity 4: 1 free, 1 reserved for a promotion, 2 booked. */
  private static final ClassInventory CLASS =
      new ClassInventory("c", "SG", START, START.plusSeconds(3600), 4, 1, 1, 1, true, false, 9);

  @Test
  void aCutBelowTheSeatsBookedOrHeldKeepsTheCapacity() {
    CapacityChange change = CapacityChange.of(CLASS, 2, 0);
    assertTrue(change.refused());
    assertEquals(4, change.capacity());
    assertEquals(1, change.freeSlots());
    assertEquals(1, change.reservedSlots());
  }

  @Test
  void aCutDownToTheSeatsBookedOrHeldTakesTheFreeSeats() {
    CapacityChange change = CapacityChange.of(CLASS, 3, 0);
    assertFalse(change.refused());
    assertEquals(3, change.capacity());
    assertEquals(0, change.freeSlots());
    assertEquals(1, change.reservedSlots());
  }

  @Test
  void addedSeatsGoToHoldsNotYetCoveredByAReservedSeatThenToThePublic() {
    // 3 holds wait, 1 seat is already reserved for one of them: 2 of the 3 added seats are theirs.
    CapacityChange change = CapacityChange.of(CLASS, 7, 3);
    assertEquals(7, change.capacity());
    assertEquals(2, change.newlyReserved());
    assertEquals(3, change.reservedSlots());
    assertEquals(2, change.freeSlots());
    assertEquals(7, change.freeSlots() + change.reservedSlots() + CLASS.bookedSlots(), "I2");
  }

  @Test
  void withoutWaitingHoldsAddedSeatsArePublic() {
    CapacityChange change = CapacityChange.of(CLASS, 6, 1);
    assertEquals(0, change.newlyReserved());
    assertEquals(3, change.freeSlots());
  }
}
