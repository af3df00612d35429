package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.ViewBookingsUseCase;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads bookings for their owners (and staff). */
@ApplicationScoped
public class BookingQueryService implements ViewBookingsUseCase {

  private final TransactionRunner tx;
  private final BookingRepository bookings;

  public BookingQueryService(TransactionRunner tx, BookingRepository bookings) {
    this.tx = tx;
    this.bookings = bookings;
  }

  @Override
  public Uni<Booking> get(String bookingId, String viewerId, boolean privileged) {
    return tx.inSession(() -> bookings.findById(bookingId))
        .map(
            found ->
                found
                    .filter(b -> privileged || b.ownedBy(viewerId))
                    .orElseThrow(() -> CancellationService.notFound(bookingId)));
  }

  @Override
  public Uni<List<Booking>> listOf(String userId, BookingStatus status) {
    return tx.inSession(() -> bookings.listOf(userId, status));
  }
}
