package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.WaitlistReconciliationQuery;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ReservedSlotRepository;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.ReservedSlot;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Reads for the waitlist's reconciliation; plain reads, nothing is locked or changed. */
@ApplicationScoped
public class WaitlistReconciliationService implements WaitlistReconciliationQuery {

  private final TransactionRunner tx;
  private final BookingRepository bookings;
  private final ReservedSlotRepository reservedSlots;

  public WaitlistReconciliationService(
      TransactionRunner tx, BookingRepository bookings, ReservedSlotRepository reservedSlots) {
    this.tx = tx;
    this.bookings = bookings;
    this.reservedSlots = reservedSlots;
  }

  @Override
  public Uni<List<Booking>> waitingHolds(
      Instant placedBefore, Instant classStartsBefore, String afterId, int limit) {
    return tx.inSession(
        () -> bookings.waitingHolds(placedBefore, classStartsBefore, afterId, limit));
  }

  @Override
  public Uni<List<ReservedSlot>> reservedSeats(Instant createdBefore, String afterRef, int limit) {
    return tx.inSession(() -> reservedSlots.reservedBefore(createdBefore, afterRef, limit));
  }
}
