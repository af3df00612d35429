package com.classbook.booking.adapter.out.messaging;

import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingFact;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.UserPackage;
import com.classbook.booking.domain.WalletFact;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.booking.AvailabilityChanged;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.booking.WalletEvent;
import com.classbook.platform.outbox.OutboxWriter;
import com.classbook.platform.outbox.WireTypes;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Writes the booking service's events into the transactional outbox with their topics and keys. */
@ApplicationScoped
public class OutboxEventPublisher implements EventPublisher {

  private final OutboxWriter outbox;

  public OutboxEventPublisher(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  @Override
  public Uni<Void> publish(BookingFact fact) {
    Booking b = fact.booking();
    return outbox.append(
        Topics.BOOKING_BOOKINGS,
        b.id(),
        BOOKING_TYPES.of(fact),
        new BookingEvent(
            b.id(),
            b.userId(),
            b.classId(),
            b.userPackageId(),
            b.creditsUsed(),
            b.status().name(),
            b.refunded(),
            fact instanceof BookingFact.Cancelled cancelled
                && cancelled.seatReservedForWaitlist()));
  }

  @Override
  public Uni<Void> publish(WalletFact fact) {
    UserPackage p = fact.userPackage();
    return outbox.append(
        Topics.BOOKING_WALLET,
        p.id(),
        WALLET_TYPES.of(fact),
        new WalletEvent(
            p.id(),
            p.userId(),
            p.packageId(),
            p.countryCode(),
            p.credits(),
            p.remainingCredits(),
            fact.delta(),
            fact.bookingId(),
            p.transactionId(),
            p.expiresAt()));
  }

  /** The versioned wire type of each fact (WireTypes refuses a fact without one). */
  static final WireTypes<BookingFact> BOOKING_TYPES =
      WireTypes.of(
          BookingFact.class,
          Map.of(
              BookingFact.Confirmed.class, BookingEvent.CONFIRMED,
              BookingFact.Cancelled.class, BookingEvent.CANCELLED,
              BookingFact.CheckedIn.class, BookingEvent.CHECKED_IN,
              BookingFact.NoShow.class, BookingEvent.NO_SHOW,
              BookingFact.HoldPlaced.class, BookingEvent.HOLD_PLACED,
              BookingFact.HoldPromoted.class, BookingEvent.HOLD_PROMOTED,
              BookingFact.HoldReleased.class, BookingEvent.HOLD_RELEASED));

  static final WireTypes<WalletFact> WALLET_TYPES =
      WireTypes.of(
          WalletFact.class,
          Map.of(
              WalletFact.Purchased.class, WalletEvent.PURCHASED,
              WalletFact.Debited.class, WalletEvent.DEBITED,
              WalletFact.Refunded.class, WalletEvent.REFUNDED,
              WalletFact.Expired.class, WalletEvent.EXPIRED));

  @Override
  public Uni<Void> availability(ClassInventory c) {
    return outbox.append(
        Topics.BOOKING_AVAILABILITY,
        c.id(),
        AvailabilityChanged.TYPE,
        new AvailabilityChanged(
            c.id(), c.capacity(), c.freeSlots(), c.reservedSlots(), c.bookedSlots()));
  }
}
