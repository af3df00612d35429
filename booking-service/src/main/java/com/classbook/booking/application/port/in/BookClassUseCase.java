package com.classbook.booking.application.port.in;

import com.classbook.booking.domain.Booking;
import io.smallrye.mutiny.Uni;

/** Books a free seat of a class, debiting the paying package in the same transaction. */
public interface BookClassUseCase {
  Uni<Booking> book(BookClassCommand command);
}
