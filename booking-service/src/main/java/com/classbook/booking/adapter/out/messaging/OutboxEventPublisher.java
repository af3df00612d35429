package com.classbook.booking.adapter.out.messaging;

import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.UserPackage;
import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.booking.AvailabilityChanged;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.booking.WalletEvent;
import com.classbook.platform.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes the booking service's events into the transactional outbox with their topics and keys. */
@ApplicationScoped
public class OutboxEventPublisher implements EventPublisher {

  private final OutboxWriter outbox;

  public OutboxEventPublisher(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  @Override
  public Uni<Void> booking(String type, Booking b, boolean slotReservedForWaitlist) {
    return outbox.append(
        Topics.BOOKING_BOOKINGS,
        b.id(),
        type,
        new BookingEvent(
            b.id(),
            b.userId(),
            b.classId(),
            b.userPackageId(),
            b.creditsUsed(),
            b.status().name(),
            b.refunded(),
            slotReservedForWaitlist));
  }

  @Override
  public Uni<Void> wallet(String type, UserPackage p, int delta, String bookingId) {
    return outbox.append(
        Topics.BOOKING_WALLET,
        p.id(),
        type,
        new WalletEvent(
            p.id(),
            p.userId(),
            p.packageId(),
            p.countryCode(),
            p.credits(),
            p.remainingCredits(),
            delta,
            bookingId,
            p.transactionId(),
            p.expiresAt()));
  }

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
