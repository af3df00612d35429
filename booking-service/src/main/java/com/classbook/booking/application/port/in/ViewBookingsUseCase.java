package com.classbook.booking.application.port.in;

import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingStatus;
import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import io.smallrye.mutiny.Uni;

/** Reads bookings: one by id for its owner (or staff), or a member's list. */
public interface ViewBookingsUseCase {

  /** 404 NOT_FOUND when the booking does not exist or belongs to someone else. */
  Uni<Booking> get(String bookingId, String viewerId, boolean privileged);

  /** One page of the member's bookings, newest first, optionally of one status. */
  Uni<Page<Booking>> pageOf(String userId, BookingStatus status, PageRequest request);
}
