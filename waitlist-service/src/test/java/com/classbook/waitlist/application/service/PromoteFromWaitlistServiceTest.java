package com.classbook.waitlist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.waitlist.application.port.in.WaitlistEntryView;
import com.classbook.waitlist.domain.EntryStatus;
import com.classbook.waitlist.domain.FreedSlotState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromoteFromWaitlistServiceTest {

  private final Waitlist waitlist = new Waitlist();
  private final String yoga = waitlist.scheduledClass("yoga");

  @Test
  void freedSeatsPromoteInJoinOrderOverSeveralCancellations() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    String bob = waitlist.joins("bob", yoga).entry().id();
    String cat = waitlist.joins("cat", yoga).entry().id();

    waitlist.seatFreed(yoga, "seat-1");
    assertEquals(EntryStatus.PROMOTED, status(ann));
    assertEquals(1, position(bob));

    waitlist.seatFreed(yoga, "seat-2");
    assertEquals(EntryStatus.PROMOTED, status(bob));
    assertEquals(1, position(cat));
    assertEquals(
        List.of(EntryStatus.WAITING, EntryStatus.PROMOTED), waitlist.events.statusesOf(bob));
    assertEquals(bob, waitlist.slots.promotedEntry.get("seat-2"));
    assertEquals("seat-2", waitlist.booking.holds.get("hold-" + bob).slotRef);
  }

  @Test
  void anEntryThatCanNoLongerBePromotedIsSkippedAndRefunded() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    String bob = waitlist.joins("bob", yoga).entry().id();
    waitlist.booking.holds.get("hold-" + ann).state = WaitlistFakes.Booking.HoldState.CANCELLED;

    waitlist.seatFreed(yoga, "seat-1");

    assertEquals(EntryStatus.REFUNDED, status(ann));
    assertTrue(waitlist.store.get(ann).refunded());
    assertEquals(EntryStatus.PROMOTED, status(bob));
    assertEquals(
        List.of(EntryStatus.WAITING, EntryStatus.REFUNDED), waitlist.events.statusesOf(ann));
  }

  @Test
  void aDuplicateDeliveryPromotesOnce() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    String bob = waitlist.joins("bob", yoga).entry().id();

    waitlist.seatFreed(yoga, "seat-1");
    waitlist.freedSlots.recordFreedSlot(yoga, "seat-1").await().indefinitely();
    waitlist.promotion.resolve("seat-1").await().indefinitely();
    waitlist.promotion.resolveDueSlots().await().indefinitely();

    assertEquals(EntryStatus.PROMOTED, status(ann));
    assertEquals(EntryStatus.WAITING, status(bob));
    assertEquals(1, waitlist.booking.callsStartingWith("promote"));
  }

  @Test
  void anEmptyQueueHandsTheSeatBackToThePublicPool() {
    waitlist.seatFreed(yoga, "seat-1");

    assertEquals(List.of("seat-1"), waitlist.booking.releasedSlots);
    assertEquals(FreedSlotState.RELEASED, waitlist.slots.rows.get("seat-1").state());
  }

  @Test
  void noPromotionOnceTheClassHasStarted() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    waitlist.clock.advance(Duration.ofHours(3));

    waitlist.seatFreed(yoga, "seat-1");

    assertEquals(EntryStatus.WAITING, status(ann));
    assertEquals(0, waitlist.booking.callsStartingWith("promote"));
    assertEquals(List.of("seat-1"), waitlist.booking.releasedSlots);
  }

  @Test
  void aSeatAlreadyUsedStopsThePromotionWithoutTouchingTheQueue() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    waitlist.booking.reserve("seat-1");
    waitlist.booking.reservedSlots.put("seat-1", "someone-else");
    waitlist.freedSlots.recordFreedSlot(yoga, "seat-1").await().indefinitely();

    waitlist.promotion.resolve("seat-1").await().indefinitely();

    assertEquals(EntryStatus.WAITING, status(ann));
    assertEquals(FreedSlotState.CONSUMED, waitlist.slots.rows.get("seat-1").state());
  }

  @Test
  void anUnreachableBookingServiceLeavesTheSeatPendingForALaterAttempt() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    waitlist.booking.unavailable = true;
    waitlist.booking.reserve("seat-1");
    waitlist.freedSlots.recordFreedSlot(yoga, "seat-1").await().indefinitely();

    // The consumer logs the failure; the retry job takes over.
    assertThrows(
        RuntimeException.class, () -> waitlist.promotion.resolve("seat-1").await().indefinitely());
    assertEquals(1, waitlist.slots.rows.get("seat-1").attempts());
    assertEquals(EntryStatus.WAITING, status(ann));

    waitlist.booking.unavailable = false;
    waitlist.clock.advance(Duration.ofSeconds(5));
    waitlist.promotion.resolveDueSlots().await().indefinitely();

    assertEquals(EntryStatus.PROMOTED, status(ann));
  }

  @Test
  void aHoldConfirmedBeforeACrashIsRecognisedOnRetry() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    waitlist.booking.reserve("seat-1");
    // the booking service confirmed the hold, but the waitlist crashed before recording it
    waitlist.booking.promote("hold-" + ann, "seat-1").await().indefinitely();
    waitlist.freedSlots.recordFreedSlot(yoga, "seat-1").await().indefinitely();

    waitlist.promotion.resolve("seat-1").await().indefinitely();

    assertEquals(EntryStatus.PROMOTED, status(ann));
    assertEquals(FreedSlotState.PROMOTED, waitlist.slots.rows.get("seat-1").state());
  }

  @Test
  void aFlushedQueueIsRebuiltInJoinOrder() {
    List<WaitlistEntryView> joined =
        List.of(
            waitlist.joins("ann", yoga), waitlist.joins("bob", yoga), waitlist.joins("cat", yoga));
    waitlist.queue.flush();
    int rebuildsBefore = waitlist.queue.rebuilds;

    List<Integer> positions = joined.stream().map(v -> position(v.entry().id())).toList();

    assertEquals(List.of(1, 2, 3), positions);
    assertEquals(rebuildsBefore + 1, waitlist.queue.rebuilds);
  }

  private EntryStatus status(String entryId) {
    return waitlist.store.get(entryId).status();
  }

  private int position(String entryId) {
    return waitlist.positions.of(waitlist.store.get(entryId)).await().indefinitely();
  }
}
