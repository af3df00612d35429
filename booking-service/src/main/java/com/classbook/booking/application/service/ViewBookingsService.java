package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.ViewBookingsUseCase;
import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingStatus;
import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads bookings for their owners (and staff). */
@ApplicationScoped
public class ViewBookingsService implements ViewBookingsUseCase {

  private final TransactionRunner tx;
  private final BookingRepository bookings;

  public ViewBookingsService(TransactionRunner tx, BookingRepository bookings) {
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
                    .orElseThrow(() -> CancelBookingService.notFound(bookingId)));
  }

  @Override
  public Uni<Page<Booking>> pageOf(String userId, BookingStatus status, PageRequest request) {
    return tx.inSession(() -> bookings.pageOf(userId, status, request));
  }
}
