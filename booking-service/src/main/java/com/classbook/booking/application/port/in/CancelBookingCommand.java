package com.classbook.booking.application.port.in;

import com.classbook.kernel.problem.Validate;

/** Cancel a booking as its owner, or as an admin when {@code admin} is true. */
public record CancelBookingCommand(String bookingId, String actorId, boolean admin) {
  public CancelBookingCommand {
    Validate.fields().text(bookingId, "bookingId", 64).text(actorId, "actorId", 64).orThrow();
  }
}
