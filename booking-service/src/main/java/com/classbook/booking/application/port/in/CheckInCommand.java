package com.classbook.booking.application.port.in;

import com.classbook.kernel.problem.Validate;

/** Check a booking in as its owner, or as staff when {@code staff} is true. */
public record CheckInCommand(String bookingId, String actorId, boolean staff) {
  public CheckInCommand {
    Validate.fields().text(bookingId, "bookingId", 64).text(actorId, "actorId", 64).orThrow();
  }
}
