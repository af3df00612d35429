package com.classbook.booking.application.port.in;

import com.classbook.booking.domain.Booking;
import io.smallrye.mutiny.Uni;

/** Turns a hold into a CONFIRMED booking on a seat reserved for it; idempotent. */
public interface PromoteHoldUseCase {

  Uni<Booking> promote(String holdId, String slotRef);
}
