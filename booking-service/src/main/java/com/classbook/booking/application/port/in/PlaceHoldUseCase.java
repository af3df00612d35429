package com.classbook.booking.application.port.in;

import io.smallrye.mutiny.Uni;

/** Places the waitlist's credit hold on a full class; a repeated request finds the same hold. */
public interface PlaceHoldUseCase {

  /** A WAITLISTED hold debiting the credits now; refused while a public seat is free. */
  Uni<HoldPlacement> place(PlaceHoldCommand command);
}
