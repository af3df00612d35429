package com.classbook.booking.application.port.in;

import com.classbook.booking.domain.Booking;
import io.smallrye.mutiny.Uni;

/** Cancels a hold with a full refund; idempotent. */
public interface ReleaseHoldUseCase {

  Uni<Booking> release(String holdId);
}
