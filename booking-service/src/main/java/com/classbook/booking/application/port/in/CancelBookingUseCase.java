package com.classbook.booking.application.port.in;

import com.classbook.booking.domain.Booking;
import io.smallrye.mutiny.Uni;

/** Cancels a booking before the class starts, refunding when early enough, freeing its seat. */
public interface CancelBookingUseCase {
  Uni<Booking> cancel(CancelBookingCommand command);
}
