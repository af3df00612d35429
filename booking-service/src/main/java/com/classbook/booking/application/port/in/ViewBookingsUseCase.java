package com.classbook.booking.application.port.in;

import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingStatus;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Reads bookings: one by id for its owner (or staff), or a member's list. */
public interface ViewBookingsUseCase {

  /** 404 NOT_FOUND when the booking does not exist or belongs to someone else. */
  Uni<Booking> get(String bookingId, String viewerId, boolean privileged);

  Uni<List<Booking>> listOf(String userId, BookingStatus status);
}
