package com.classbook.booking.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.booking.application.port.in.CancelBookingCommand;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.BookingStatus;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.UserPackage;
import com.classbook.booking.domain.WalletFact;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Cancelling a booking on in-memory ports: refunds, the freed seat and who may cancel. */
class CancelBookingServiceTest {

  private final BookingUseCases booking = new BookingUseCases();

  private Booking cancel(Booking b, String actor, boolean admin) {
    return booking
        .cancellations
        .cancel(new CancelBookingCommand(b.id(), actor, admin))
        .await()
        .indefinitely();
  }

  @Test
  void cancellingAtTheCutoffRefundsThePackageThatPaidAndFreesThePublicSeat() {
    ClassInventory cls = booking.classWith(5, 4);
    UserPackage payer = booking.packageOf("ann", 8);
    Booking b = booking.bookingOf("ann", cls, payer);
    booking.clock.set(BookingUseCases.START.minus(Duration.ofHours(4)));

    Booking cancelled = cancel(b, "ann", false);

    assertEquals(BookingStatus.CANCELLED, cancelled.status());
    assertTrue(cancelled.refunded());
    assertEquals(10, booking.fakes.packages.get(payer.id()).remainingCredits());
    assertEquals(5, booking.fakes.classes.get(cls.id()).freeSlots());
    assertTrue(booking.fakes.facts.contains(new BookingFact.Cancelled(cancelled, false)));
    assertTrue(
        booking.fakes.facts.stream()
            .anyMatch(f -> f instanceof WalletFact.Refunded r && r.credits() == 2));
    assertEquals(5, booking.fakes.counters.get(cls.id()), "the counter follows the commit");
  }

  @Test
  void cancellingAfterTheCutoffKeepsTheCredits() {
    ClassInventory cls = booking.classWith(5, 4);
    UserPackage payer = booking.packageOf("ann", 8);
    Booking b = booking.bookingOf("ann", cls, payer);
    booking.clock.set(BookingUseCases.START.minus(Duration.ofHours(4)).plusNanos(1_000));

    Booking cancelled = cancel(b, "ann", false);

    assertFalse(cancelled.refunded());
    assertEquals(8, booking.fakes.packages.get(payer.id()).remainingCredits());
    assertEquals(5, booking.fakes.classes.get(cls.id()).freeSlots());
  }

  @Test
  void aSeatFreedWhileHoldsWaitIsReservedForTheWaitlist() {
    ClassInventory cls = booking.classWith(1, 0);
    Booking b = booking.bookingOf("ann", cls, booking.packageOf("ann", 8));
    Booking hold = booking.bookingOf("bob", cls, booking.packageOf("bob", 8));
    booking.fakes.bookings.put(
        hold.id(),
        new Booking(
            hold.id(),
            "bob",
            cls.id(),
            hold.userPackageId(),
            2,
            BookingStatus.WAITLISTED,
            hold.bookedAt(),
            null,
            null,
            false,
            1,
            "req-1",
            null));

    Booking cancelled = cancel(b, "ann", false);

    ClassInventory after = booking.fakes.classes.get(cls.id());
    assertEquals(0, after.freeSlots());
    assertEquals(1, after.reservedSlots());
    assertTrue(booking.fakes.reservedSlots.containsKey(cancelled.id()));
    assertTrue(booking.fakes.facts.contains(new BookingFact.Cancelled(cancelled, true)));
  }

  @Test
  void onlyTheOwnerOrAnAdminCancelsAndNeverOnceTheClassStarted() {
    ClassInventory cls = booking.classWith(5, 3);
    Booking ann = booking.bookingOf("ann", cls, booking.packageOf("ann", 8));
    Booking cid = booking.bookingOf("cid", cls, booking.packageOf("cid", 8));

    DomainProblem stranger = assertThrows(DomainProblem.class, () -> cancel(ann, "bob", false));
    assertEquals(ProblemCode.NOT_FOUND, stranger.code(), "another member's booking is not shown");
    assertEquals(BookingStatus.CANCELLED, cancel(ann, "admin-1", true).status());

    booking.clock.set(BookingUseCases.START);
    DomainProblem started = assertThrows(DomainProblem.class, () -> cancel(cid, "cid", false));
    assertEquals(ProblemCode.NOT_CANCELLABLE, started.code());
  }

  @Test
  void aCancellationThatFailsLeavesTheBookingThePackageAndTheOutboxAsTheyWere() {
    // Seat counts that already fill the class: returning the seat would exceed capacity.
    ClassInventory cls = booking.classWith(5, 5);
    UserPackage payer = booking.packageOf("ann", 8);
    Booking b = booking.bookingOf("ann", cls, payer);
    int factsBefore = booking.fakes.facts.size();

    assertThrows(IllegalStateException.class, () -> cancel(b, "ann", false));

    assertEquals(BookingStatus.CONFIRMED, booking.fakes.bookings.get(b.id()).status());
    assertEquals(8, booking.fakes.packages.get(payer.id()).remainingCredits(), "no refund kept");
    assertEquals(5, booking.fakes.classes.get(cls.id()).freeSlots());
    assertEquals(factsBefore, booking.fakes.facts.size(), "no event left in the outbox");
  }
}
