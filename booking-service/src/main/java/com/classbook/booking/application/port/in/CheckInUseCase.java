package com.classbook.booking.application.port.in;

import com.classbook.booking.domain.Booking;
import io.smallrye.mutiny.Uni;

/** Marks a booking CHECKED_IN inside the check-in window; a repeat is harmless. */
public interface CheckInUseCase {
  Uni<Booking> checkIn(CheckInCommand command);
}
