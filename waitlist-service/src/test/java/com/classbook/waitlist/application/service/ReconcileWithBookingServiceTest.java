package com.classbook.waitlist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.waitlist.application.port.out.BookingHolds.HoldRequest;
import com.classbook.waitlist.domain.EntryStatus;
import com.classbook.waitlist.domain.FreedSlotState;
import org.junit.jupiter.api.Test;

class ReconcileWithBookingServiceTest {

  private final Waitlist waitlist = new Waitlist();
  private final String yoga = waitlist.scheduledClass("yoga");

  @Test
  void holdsWhoseEntryNeverCommittedAreReleasedWithARefundAndOthersLeftAlone() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    // Joins that timed out after the booking service placed their holds: no entry committed.
    for (String request : new String[] {"lost-1", "lost-2", "lost-3"}) {
      waitlist
          .booking
          .placeHold(new HoldRequest(request, "member-" + request, yoga, null))
          .await()
          .indefinitely();
    }

    assertEquals(3, waitlist.reconciliation.releaseOrphanHolds().await().indefinitely());

    for (String request : new String[] {"lost-1", "lost-2", "lost-3"}) {
      WaitlistFakes.Booking.FakeHold orphan = waitlist.booking.holds.get("hold-" + request);
      assertEquals(WaitlistFakes.Booking.HoldState.CANCELLED, orphan.state);
      assertTrue(orphan.refunded);
    }
    assertEquals(
        WaitlistFakes.Booking.HoldState.WAITLISTED,
        waitlist.booking.holds.get("hold-" + ann).state);
    assertEquals(EntryStatus.WAITING, waitlist.store.get(ann).status());
    assertEquals(0, waitlist.reconciliation.releaseOrphanHolds().await().indefinitely());
  }

  @Test
  void aHoldWhoseEntryEndedIsReleasedToo() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    waitlist.store.rows.put(ann, waitlist.store.get(ann).refund(waitlist.clock.instant()).entry());

    assertEquals(1, waitlist.reconciliation.releaseOrphanHolds().await().indefinitely());
    assertEquals(
        WaitlistFakes.Booking.HoldState.CANCELLED, waitlist.booking.holds.get("hold-" + ann).state);
  }

  @Test
  void aSeatReservedWithoutAnnouncementIsTakenUpAndPromotesTheHead() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    String bob = waitlist.joins("bob", yoga).entry().id();
    waitlist.booking.reserve("added-1", yoga);

    assertEquals(1, waitlist.reconciliation.adoptReservedSeats().await().indefinitely());
    assertEquals(EntryStatus.PROMOTED, waitlist.store.get(ann).status());
    assertEquals(EntryStatus.WAITING, waitlist.store.get(bob).status());
    assertEquals(FreedSlotState.PROMOTED, waitlist.slots.rows.get("added-1").state());

    assertEquals(0, waitlist.reconciliation.adoptReservedSeats().await().indefinitely());
    assertEquals(1, waitlist.booking.callsStartingWith("promote"));
  }

  @Test
  void aReservedSeatAlreadyKnownIsLeftToItsOwnResolution() {
    String ann = waitlist.joins("ann", yoga).entry().id();
    waitlist.booking.reserve("seat-1", yoga);
    waitlist.freedSlots.recordFreedSlot(yoga, "seat-1").await().indefinitely();

    assertEquals(0, waitlist.reconciliation.adoptReservedSeats().await().indefinitely());
    assertEquals(EntryStatus.WAITING, waitlist.store.get(ann).status());
    assertEquals(0, waitlist.booking.callsStartingWith("promote"));
  }

  @Test
  void anUnreachableBookingServiceFailsThePassForTheNextOne() {
    waitlist.booking.unavailable = true;
    try {
      waitlist.reconciliation.releaseOrphanHolds().await().indefinitely();
    } catch (RuntimeException expected) {
      assertTrue(expected.getMessage().contains("down"));
      return;
    }
    throw new AssertionError("the pass should fail");
  }
}
